import type { Metadata } from 'next'
import Link from 'next/link'
import { notFound } from 'next/navigation'

import type { DocId } from '@/api/ids'
import { CompareForm, editionLabel } from '@/site/components/document/Editions'
import { textLanguage } from '@/site/components/TextLanguage'
import { diffFields, type DiffPart } from '@/site/documents/diff'
import { comparableFields } from '@/site/documents/fields'
import { typeLabel } from '@/site/documents/format'
import { loadEditions, loadRecord } from '@/site/documents/load'
import { knowledgeParams } from '@/site/documents/params'
import type { Locale } from '@/site/locale'
import { paths } from '@/site/paths'
import { documents } from '@/site/text/documents'

import '../../../documents.css'

type Params = Promise<{ locale: string; collection: string; id: string }>
type Search = Promise<Record<string, string | string[] | undefined>>

/** `?from=` and `?to=`: absent is fine (the form asks), anything but one edition id of this document is a 404. */
const chosen = (value: string | string[] | undefined, ids: DocId[]): DocId | undefined => {
  if (value === undefined || value === '') return undefined
  const id = typeof value === 'string' ? ids.find((candidate) => String(candidate) === value) : undefined
  if (id === undefined) notFound()
  return id
}

export const generateMetadata = async ({ params }: { params: Params }): Promise<Metadata> => {
  const { locale, collection, id } = await knowledgeParams(params)
  const doc = await loadRecord(collection, id, locale)
  return { title: `${documents.compareTitle[locale]}: ${doc.title ?? ''}`, robots: { index: false } }
}

/** Inserted and removed words, marked for the eye (underline, strike-through) and for screen readers (words). */
function Parts({ parts, locale }: { parts: DiffPart[]; locale: Locale }) {
  return parts.map((part, index) => {
    if (part.kind === 'added') {
      return (
        <ins key={index}>
          <span className="visually-hidden">[{documents.insertedStart[locale]}] </span>
          {part.text}
          <span className="visually-hidden"> [{documents.insertedEnd[locale]}]</span>
        </ins>
      )
    }
    if (part.kind === 'removed') {
      return (
        <del key={index}>
          <span className="visually-hidden">[{documents.deletedStart[locale]}] </span>
          {part.text}
          <span className="visually-hidden"> [{documents.deletedEnd[locale]}]</span>
        </del>
      )
    }
    return <span key={index}>{part.text}</span>
  })
}

/** The difference between two published editions of a document, part by part and word by word. */
export default async function CompareEditionsPage({ params, searchParams }: { params: Params; searchParams: Search }) {
  const { locale, collection, id } = await knowledgeParams(params)
  const [doc, editions, query] = await Promise.all([loadRecord(collection, id, locale), loadEditions(collection, id, locale), searchParams])
  const ids = editions.map((edition) => edition.id)
  const fromId = chosen(query.from, ids)
  const toId = chosen(query.to, ids)
  const from = editions.find((edition) => edition.id === fromId)
  const to = editions.find((edition) => edition.id === toId)
  const diffs = from && to ? diffFields(comparableFields(collection, from.doc, locale), comparableFields(collection, to.doc, locale), locale) : []

  return (
    <article className="doc doc-compare" aria-labelledby="compare-title">
      <header className="doc-header">
        <p className="doc-header__type">
          {typeLabel(collection, locale)}:{' '}
          <Link href={paths.document(locale, collection, id)} {...textLanguage(doc.title, locale)}>
            {doc.title}
          </Link>
        </p>
        <h1 id="compare-title">{documents.compareTitle[locale]}</h1>
      </header>
      <CompareForm collection={collection} id={id} editions={editions} locale={locale} from={fromId} to={toId} />
      {!from || !to ? (
        <p>{documents.compareChoose[locale]}</p>
      ) : (
        <>
          <p className="doc-compare__between">
            <strong>{documents.compareFrom[locale]}:</strong> {editionLabel(from, locale)} · <strong>{documents.compareTo[locale]}:</strong>{' '}
            {editionLabel(to, locale)}
          </p>
          <p className="doc-compare__legend">
            <del>{documents.deleted[locale]}</del> <ins>{documents.inserted[locale]}</ins> — {documents.compareLegend[locale]}
          </p>
          {diffs.length === 0 ? (
            <p>{documents.compareSame[locale]}</p>
          ) : (
            <>
              <h2>{documents.changedFields[locale]}</h2>
              {diffs.map((diff) => (
                <section key={diff.key} className="doc-diff" aria-labelledby={`diff-${diff.key}`}>
                  <h3 id={`diff-${diff.key}`}>{diff.label}</h3>
                  <p className="doc-diff__text" {...textLanguage(diff.parts.map((part) => part.text).join(''), locale)}>
                    <Parts parts={diff.parts} locale={locale} />
                  </p>
                </section>
              ))}
            </>
          )}
        </>
      )}
    </article>
  )
}
