import type { DocId } from '../../../api/ids'
import Link from 'next/link'

import { formatDate, formatNumber } from '../../../i18n/dates'
import { changedParts, comparableFields, listSeparator } from '../../documents/fields'
import { fill } from '../../documents/format'
import type { Edition, KnowledgeCollection } from '../../documents/load'
import type { Locale } from '../../locale'
import { paths } from '../../paths'
import { documents } from '../../text/documents'

/** The label of an edition in lists and selects: "version 3 — 12 Mehr 1403". */
export const editionLabel = (edition: Edition, locale: Locale): string =>
  `${fill(documents.versionNumbered[locale], { n: formatNumber(edition.number, locale) })} — ${formatDate(edition.publishedAt, locale)}`

/** The form that asks for two editions to compare (a plain GET form: the comparison is a shareable address). */
/** One of the two editions to compare: a labelled list, the given one chosen. */
function EditionSelect({ name, label, editions, locale, selected }: { name: 'from' | 'to'; label: string; editions: Edition[]; locale: Locale; selected?: DocId }) {
  return (
    <div className="doc-compare-form__field">
      <label htmlFor={`compare-${name}`}>{label}</label>
      <select id={`compare-${name}`} name={name} defaultValue={selected}>
        {editions.map((edition) => (
          <option key={edition.id} value={edition.id}>
            {editionLabel(edition, locale)}
          </option>
        ))}
      </select>
    </div>
  )
}

export function CompareForm({
  collection,
  id,
  editions,
  locale,
  from,
  to,
}: {
  collection: KnowledgeCollection
  id: DocId
  editions: Edition[]
  locale: Locale
  from?: DocId
  to?: DocId
}) {
  const older = from ?? editions[1]?.id ?? editions[0]?.id
  const newer = to ?? editions[0]?.id
  return (
    <form method="get" action={paths.compareEditions(locale, collection, id)} className="doc-compare-form">
      <EditionSelect name="from" label={documents.compareFrom[locale]} editions={editions} locale={locale} selected={older} />
      <EditionSelect name="to" label={documents.compareTo[locale]} editions={editions} locale={locale} selected={newer} />
      <button type="submit" className="button">
        {documents.compareSubmit[locale]}
      </button>
    </form>
  )
}

/**
 * The published versions of a document, newest first, each with its date, what changed from the one
 * before, and a link to read it as it was; then the form to compare any two.
 */
export function EditionsSection<C extends KnowledgeCollection>({
  collection,
  id,
  editions,
  locale,
  shownId,
}: {
  collection: C
  id: DocId
  editions: Edition<C>[]
  locale: Locale
  shownId?: DocId
}) {
  if (editions.length === 0) return null
  const fields = editions.map((edition) => comparableFields(collection, edition.doc, locale))
  return (
    <section className="doc-editions" aria-labelledby="doc-editions-heading">
      <h2 id="doc-editions-heading">{documents.editions[locale]}</h2>
      <p>{documents.editionsIntro[locale]}</p>
      <ol className="doc-editions__list" reversed>
        {editions.map((edition, index) => {
          const previous = fields[index + 1]
          const changes = previous ? changedParts(previous, fields[index]!) : null
          const label = fill(documents.versionNumbered[locale], { n: formatNumber(edition.number, locale) })
          return (
            <li key={edition.id} aria-current={edition.id === shownId ? 'true' : undefined}>
              <Link href={edition.latest ? paths.document(locale, collection, id) : paths.edition(locale, collection, id, edition.id)}>
                {label}
              </Link>{' '}
              {edition.latest ? <span>{documents.editionCurrentMark[locale]}</span> : null} —{' '}
              <span className="visually-hidden">{documents.editionDate[locale]}: </span>
              <time dateTime={edition.publishedAt}>{formatDate(edition.publishedAt, locale, 'long')}</time>
              <p className="doc-editions__changes">
                {changes === null
                  ? documents.editionFirst[locale]
                  : changes.length === 0
                    ? documents.editionNoChange[locale]
                    : `${documents.editionChanges[locale]}: ${changes.join(listSeparator(locale))}`}
              </p>
            </li>
          )
        })}
      </ol>
      {editions.length > 1 ? (
        <>
          <h3>{documents.compare[locale]}</h3>
          <CompareForm collection={collection} id={id} editions={editions} locale={locale} />
        </>
      ) : (
        <p>{documents.onlyOneEdition[locale]}</p>
      )}
    </section>
  )
}
