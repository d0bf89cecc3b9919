import Link from 'next/link'
import type { ReactNode } from 'react'

import { curriculumEdition } from '../../../curricula/edition'
import { fileKind, fileSize } from '../../../curricula/files'
import { labels, type LabelKey } from '../../../i18n/labels'
import type { Media } from '../../../payload-types'
import { lexicalToPlainText } from '../../../search/lexicalText'
import { refsOf } from '../../documents/fields'
import type { DocByCollection, KnowledgeCollection } from '../../documents/load'
import type { Locale } from '../../locale'
import { paths } from '../../paths'
import { documents } from '../../text/documents'
import { DocumentRichText } from '../DocumentRichText'
import { InLanguage, textLanguage } from '../TextLanguage'
import { CurriculumSections } from './CurriculumEdition'

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section className="doc-section" aria-labelledby={id}>
      <h2 id={id}>{title}</h2>
      {children}
    </section>
  )
}

const hasRichText = (value: unknown): boolean => lexicalToPlainText(value) !== ''

function RichSection({ id, title, value, locale }: { id: string; title: string; value: unknown; locale: Locale }) {
  if (!hasRichText(value)) return null
  return (
    <Section id={id} title={title}>
      <DocumentRichText data={value} locale={locale} />
    </Section>
  )
}

/** Plain text that may hold several paragraphs, in its own language. */
function Paragraphs({ text, locale }: { text: string | null | undefined; locale: Locale }) {
  if (!text?.trim()) return null
  return (
    <div {...textLanguage(text, locale)}>
      {text
        .split(/\n{1,}/)
        .filter((line) => line.trim())
        .map((line, index) => (
          <p key={index}>{line}</p>
        ))}
    </div>
  )
}

function TextSection({ id, title, text, locale }: { id: string; title: string; text: string | null | undefined; locale: Locale }) {
  if (!text?.trim()) return null
  return (
    <Section id={id} title={title}>
      <Paragraphs text={text} locale={locale} />
    </Section>
  )
}

/** Files a document carries, as links naming the file, its kind and size; those the reader may not read are skipped. */
export function Attachments({ files, locale, title }: { files: unknown; locale: Locale; title?: string }) {
  const media = (Array.isArray(files) ? files : [files]).filter((file): file is Media => typeof file === 'object' && file !== null && 'url' in file)
  if (media.length === 0) return null
  return (
    <Section id="doc-attachments" title={title ?? documents.attachments[locale]}>
      <ul className="doc-files">
        {media.map((file) => (
          <li key={file.id}>
            <a href={file.url ?? '#'} {...textLanguage(file.title ?? file.filename, locale)}>
              {file.title || file.alt || file.filename}
            </a>{' '}
            <span className="doc-file__meta">
              ({[fileKind(file.mimeType, file.filename, locale), fileSize(file.filesize, locale)].filter(Boolean).join(locale === 'fa' ? '، ' : ', ')})
            </span>
          </li>
        ))}
      </ul>
    </Section>
  )
}

/** Links to case studies cited as evidence, or lessons linked to a case study — those the reader may read. */
function LinkedDocuments({
  id,
  title,
  value,
  collection,
  locale,
}: {
  id: string
  title: string
  value: unknown
  collection: KnowledgeCollection
  locale: Locale
}) {
  const refs = refsOf(value).filter((ref) => ref.doc._status === 'published' && ref.name)
  if (refs.length === 0) return null
  return (
    <Section id={id} title={title}>
      <ul>
        {refs.map((ref) => (
          <li key={ref.id}>
            <Link href={paths.document(locale, collection, ref.id)}>
              <InLanguage text={ref.name} locale={locale} />
            </Link>
          </li>
        ))}
      </ul>
    </Section>
  )
}

/** The body of a knowledge document (current or an earlier edition): its sections, in reading order. */
export function KnowledgeBody<C extends KnowledgeCollection>({ collection, doc, locale }: { collection: C; doc: DocByCollection[C]; locale: Locale }) {
  const l = (key: LabelKey) => labels[key][locale]
  const summary = 'summary' in doc ? doc.summary : null
  return (
    <div className="doc-body">
      {summary ? (
        <p className="doc-lead" {...textLanguage(summary, locale)}>
          {summary}
        </p>
      ) : null}
      {collection === 'case-studies' ? <CaseStudyBody doc={doc as DocByCollection['case-studies']} locale={locale} l={l} /> : null}
      {collection === 'lessons' ? <LessonBody doc={doc as DocByCollection['lessons']} locale={locale} l={l} /> : null}
      {collection === 'best-practices' ? <BestPracticeBody doc={doc as DocByCollection['best-practices']} locale={locale} l={l} /> : null}
      {collection === 'curricula' ? <CurriculumBody doc={doc as DocByCollection['curricula']} locale={locale} l={l} /> : null}
    </div>
  )
}

type BodyProps<C extends KnowledgeCollection> = { doc: DocByCollection[C]; locale: Locale; l: (key: LabelKey) => string }

function CaseStudyBody({ doc, locale, l }: BodyProps<'case-studies'>) {
  return (
    <>
      <RichSection id="doc-context" title={l('context')} value={doc.context} locale={locale} />
      <RichSection id="doc-intervention" title={l('intervention')} value={doc.intervention} locale={locale} />
      <RichSection id="doc-results" title={l('results')} value={doc.results} locale={locale} />
      <LinkedDocuments id="doc-lessons" title={l('linkedLessons')} value={doc.lessons} collection="lessons" locale={locale} />
      <Attachments files={doc.attachments} locale={locale} />
    </>
  )
}

function LessonBody({ doc, locale, l }: BodyProps<'lessons'>) {
  const recommendation = doc.recommendation
  return (
    <>
      <RichSection id="doc-observation" title={l('observation')} value={doc.observation} locale={locale} />
      <RichSection id="doc-lesson" title={l('lessonText')} value={doc.lesson} locale={locale} />
      {recommendation?.action || recommendation?.actor ? (
        <Section id="doc-recommendation" title={l('recommendation')}>
          <dl className="doc-pairs">
            {recommendation.action ? (
              <>
                <dt>{l('recommendedAction')}</dt>
                <dd {...textLanguage(recommendation.action, locale)}>{recommendation.action}</dd>
              </>
            ) : null}
            {recommendation.actor ? (
              <>
                <dt>{l('recommendedActor')}</dt>
                <dd {...textLanguage(recommendation.actor, locale)}>{recommendation.actor}</dd>
              </>
            ) : null}
          </dl>
        </Section>
      ) : null}
      <TextSection id="doc-applicability" title={l('applicability')} text={doc.applicability} locale={locale} />
      <LinkedDocuments id="doc-evidence" title={documents.evidence[locale]} value={doc.evidence} collection="case-studies" locale={locale} />
    </>
  )
}

function BestPracticeBody({ doc, locale, l }: BodyProps<'best-practices'>) {
  return (
    <>
      {doc.steps?.length ? (
        <Section id="doc-steps" title={l('steps')}>
          <ol className="doc-steps">
            {doc.steps.map((step, index) => (
              <li key={step.id ?? index}>
                {step.title ? (
                  <h3 {...textLanguage(step.title, locale)}>{step.title}</h3>
                ) : null}
                <DocumentRichText data={step.description} locale={locale} />
              </li>
            ))}
          </ol>
        </Section>
      ) : null}
      <RichSection id="doc-transfer" title={l('transferConditions')} value={doc.transferConditions} locale={locale} />
      <TextSection id="doc-resources" title={l('resourcesNeeded')} text={doc.resourcesNeeded} locale={locale} />
      <LinkedDocuments id="doc-evidence" title={documents.evidence[locale]} value={doc.evidence} collection="case-studies" locale={locale} />
      {doc.contact?.name || doc.contact?.email ? (
        <Section id="doc-contact" title={l('contactPerson')}>
          <p>
            {doc.contact.name ? <InLanguage text={doc.contact.name} locale={locale} /> : null}
            {doc.contact.email ? (
              <>
                {' — '}
                <a href={`mailto:${doc.contact.email}`} dir="ltr">
                  {doc.contact.email}
                </a>
              </>
            ) : null}
            {doc.contact.phone ? (
              <>
                {' — '}
                <span dir="ltr">{doc.contact.phone}</span>
              </>
            ) : null}
          </p>
        </Section>
      ) : null}
    </>
  )
}

function CurriculumBody({ doc, locale }: BodyProps<'curricula'>) {
  return <CurriculumSections sections={curriculumEdition(doc, locale).sections} locale={locale} />
}
