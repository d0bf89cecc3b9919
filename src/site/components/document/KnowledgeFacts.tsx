import type { ReactNode } from 'react'

import { curriculumEdition } from '../../../curricula/edition'

import { formatDate, formatNumber } from '../../../i18n/dates'
import { labels } from '../../../i18n/labels'
import type { DocByCollection, Edition, KnowledgeCollection } from '../../documents/load'
import { licenceLabel, licenceLinks, metricKeys, metricLabel, outcomeLabel, rootCauseLabel, visibilityLabel } from '../../documents/fields'
import { fill, typeLabel } from '../../documents/format'
import type { Locale } from '../../locale'
import { editionText } from '../../edition'
import { documents } from '../../text/documents'
import { FactValues } from './CurriculumEdition'
import { Fact, Names } from './Facts'

/** The edition of a document as a reader names it: "2.0" for a curriculum, "version 4" for the others. */
export const editionName = (collection: KnowledgeCollection, doc: { edition?: unknown }, edition: Edition | undefined, locale: Locale): string => {
  if (collection === 'curricula' && typeof doc.edition === 'string') return fill(documents.editionOf[locale], { edition: editionText(doc.edition, locale) })
  return edition ? fill(documents.versionNumbered[locale], { n: formatNumber(edition.number, locale) }) : ''
}

/**
 * The side panel of a knowledge document: what it is, what came of it, who published it where, for whom,
 * under which licence and since when. `children` go at its end (the curriculum downloads).
 */
export function KnowledgeFacts<C extends KnowledgeCollection>({
  collection,
  doc,
  locale,
  editions,
  shown,
  children,
}: {
  collection: C
  doc: DocByCollection[C]
  locale: Locale
  editions: Edition[]
  /** The edition on the page (the current one, or an older one being read). */
  shown: Edition | undefined
  children?: ReactNode
}) {
  const l = (key: keyof typeof labels) => labels[key][locale]
  const first = editions.at(-1)
  const caseStudy = collection === 'case-studies' ? (doc as DocByCollection['case-studies']) : null
  const lesson = collection === 'lessons' ? (doc as DocByCollection['lessons']) : null
  const curriculum = collection === 'curricula' ? (doc as DocByCollection['curricula']) : null
  const curriculumFacts = curriculum ? curriculumEdition(curriculum, locale).facts : null
  const metrics = caseStudy ? metricKeys.filter((key) => typeof caseStudy.metrics?.[key] === 'number') : []
  return (
    <aside className="doc-facts" aria-labelledby="doc-facts-heading">
      <h2 id="doc-facts-heading">{documents.facts[locale]}</h2>
      <dl>
        <Fact term={documents.type[locale]}>{typeLabel(collection, locale)}</Fact>
        {caseStudy ? (
          <Fact term={documents.outcome[locale]}>
            <span className={`outcome outcome--${caseStudy.outcome}`}>{outcomeLabel(caseStudy.outcome, locale)}</span>
          </Fact>
        ) : null}
        {lesson ? <Fact term={l('rootCause')}>{rootCauseLabel(lesson.rootCause, locale)}</Fact> : null}
        {/* A curriculum's facts are those its PDF and DOCX print too (src/curricula/edition.ts). */}
        {curriculumFacts?.map((fact) => (
          <Fact key={fact.key} term={fact.term}>
            <FactValues fact={fact} locale={locale} />
          </Fact>
        ))}
        {curriculumFacts ? null : (
          <>
            <Fact term={documents.organization[locale]}>
              <Names value={doc.organization} locale={locale} link="organizations" />
            </Fact>
            <Fact term={documents.provinces[locale]}>
              <Names value={doc.provinces} locale={locale} link="provinces" />
            </Fact>
          </>
        )}
        {caseStudy && (caseStudy.periodStart || caseStudy.periodEnd) ? (
          <Fact term={documents.period[locale]}>
            {[caseStudy.periodStart, caseStudy.periodEnd]
              .filter((date): date is string => Boolean(date))
              .map((date) => formatDate(date, locale))
              .join(' – ')}
          </Fact>
        ) : null}
        {curriculumFacts ? null : (
          <>
            <Fact term={l('targetGroups')}>
              <Names value={doc.targetGroups} locale={locale} />
            </Fact>
            <Fact term={l('processStages')}>
              <Names value={doc.stages} locale={locale} />
            </Fact>
            <Fact term={l('topics')}>
              <Names value={doc.topics} locale={locale} />
            </Fact>
          </>
        )}
        {caseStudy ? (
          <Fact term={l('fundingInstruments')}>
            <Names value={caseStudy.fundingInstruments} locale={locale} />
          </Fact>
        ) : null}
        <Fact term={l('edition')}>{editionName(collection, doc as { edition?: unknown }, shown, locale)}</Fact>
        <Fact term={l('licence')}>
          {licenceLinks[doc.licence] ? (
            <a href={licenceLinks[doc.licence]} rel="license" lang="en" dir="ltr">
              {licenceLabel(doc.licence, locale)}
            </a>
          ) : (
            licenceLabel(doc.licence, locale)
          )}
        </Fact>
        {curriculumFacts ? null : <Fact term={l('visibility')}>{visibilityLabel(doc.visibility, locale)}</Fact>}
        {first ? (
          <Fact term={documents.published[locale]}>
            <time dateTime={first.publishedAt}>{formatDate(first.publishedAt, locale)}</time>
          </Fact>
        ) : null}
        {shown ? (
          <Fact term={documents.updated[locale]}>
            <time dateTime={shown.publishedAt}>{formatDate(shown.publishedAt, locale)}</time>
          </Fact>
        ) : null}
      </dl>
      {caseStudy && metrics.length > 0 ? (
        <table className="doc-metrics">
          <caption>{documents.metricsCaption[locale]}</caption>
          <thead>
            <tr>
              <th scope="col">{documents.metric[locale]}</th>
              <th scope="col">{documents.value[locale]}</th>
            </tr>
          </thead>
          <tbody>
            {metrics.map((key) => (
              <tr key={key}>
                <th scope="row">{metricLabel(key, locale)}</th>
                <td>{formatNumber(caseStudy.metrics![key]!, locale)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
      {children}
    </aside>
  )
}
