import type { DocId } from '../../../api/ids'
import Link from 'next/link'

import { formatDate } from '../../../i18n/dates'
import { nameOf, outcomeLabel } from '../../documents/fields'
import { fill, siteOrigin, typeLabel, yearOf } from '../../documents/format'
import { relatedDocuments, type DocByCollection, type Edition, type KnowledgeCollection } from '../../documents/load'
import { otherCurriculumEditions } from '../../documents/curricula'
import { knowledgeJsonLd } from '../../documents/structuredData'
import { editionText } from '../../edition'
import type { Locale } from '../../locale'
import { paths } from '../../paths'
import { documents } from '../../text/documents'
import { InLanguage, textLanguage } from '../TextLanguage'
import { CurriculumDownloads } from '../CurriculumDownloads'
import { FollowLink } from '../FollowLink'
import { RecordDownload } from '../RecordDownload'
import { StructuredData } from '../JsonLd'
import { CiteThis } from './CiteThis'
import { DocumentList } from './DocumentList'
import { EditionsSection } from './Editions'
import { KnowledgeBody } from './KnowledgeBody'
import { LessonPractice } from './LessonPractice'
import { editionName, KnowledgeFacts } from './KnowledgeFacts'

/**
 * A knowledge document as a reader sees it: the title, the body, the side panel of facts, "cite this"
 * pinned to the edition shown, its published editions and related documents. `shown` is the edition on
 * the page: the current one on the document's own page, or an earlier one on an edition page.
 */
export async function KnowledgeArticle<C extends KnowledgeCollection>({
  collection,
  id,
  doc,
  current,
  locale,
  editions,
  shown,
}: {
  collection: C
  id: DocId
  /** What is shown: the current document, or the data of an earlier edition. */
  doc: DocByCollection[C]
  /** The current document (for the curriculum's other editions and related documents). */
  current: DocByCollection[C]
  locale: Locale
  editions: Edition<C>[]
  shown: Edition<C> | undefined
}) {
  const [origin, related, otherEditions] = await Promise.all([
    siteOrigin(),
    relatedDocuments(collection, current, locale),
    collection === 'curricula' ? otherCurriculumEditions(current as DocByCollection['curricula'], locale) : Promise.resolve([]),
  ])
  const title = doc.title ?? ''
  const caseStudy = collection === 'case-studies' ? (doc as DocByCollection['case-studies']) : null
  const curriculum = collection === 'curricula' ? (doc as DocByCollection['curricula']) : null
  const olderEdition = shown && !shown.latest
  const pinned = shown ? `${origin}${paths.editionPermalink(collection, id, shown.id)}` : `${origin}${paths.permalink(collection, id)}`
  const successor = otherEditions.find((other) => other.isSuccessorOf)

  return (
    <article className="doc" aria-labelledby="doc-title">
      <StructuredData data={knowledgeJsonLd({ collection, id, doc, editions, shown, locale, origin })} />
      <header className="doc-header">
        <p className="doc-header__type">
          {typeLabel(collection, locale)}
          {curriculum ? (
            <>
              {' · '}
              <span dir="ltr">{curriculum.code}</span> · {fill(documents.editionOf[locale], { edition: editionText(curriculum.edition, locale) })}
            </>
          ) : null}
        </p>
        <h1 id="doc-title" {...textLanguage(title, locale)}>
          {title}
        </h1>
        {caseStudy ? (
          <p className="doc-header__outcome">
            <span className={`outcome outcome--${caseStudy.outcome} outcome--large`}>
              {documents.outcome[locale]}: {outcomeLabel(caseStudy.outcome, locale)}
            </span>
          </p>
        ) : null}
        {olderEdition ? (
          <p className="doc-notice" role="note">
            {fill(documents.editionViewing[locale], { date: formatDate(shown.publishedAt, locale, 'long') })}{' '}
            <Link href={paths.document(locale, collection, id)}>{documents.editionBackToCurrent[locale]}</Link>
          </p>
        ) : null}
        {curriculum && current.workflowState === 'retired' ? (
          <p className="doc-notice doc-notice--retired" role="note">
            {documents.retiredNotice[locale]}{' '}
            {successor ? (
              <>
                {documents.supersededBy[locale]}{' '}
                <Link href={paths.document(locale, 'curricula', successor.doc.id)}>
                  {fill(documents.editionOf[locale], { edition: editionText(successor.doc.edition, locale) })}
                </Link>
              </>
            ) : null}
          </p>
        ) : null}
        {/* Its followers hear of each new edition, and of this one's retirement (src/notifications/workflowNotices.ts). */}
        {curriculum ? <FollowLink locale={locale} follow={{ q: curriculum.code, type: 'curricula' }} label={`${curriculum.code} · ${title}`} /> : null}
      </header>

      <div className="doc-layout">
        <div className="doc-main">
          <KnowledgeBody collection={collection} doc={doc} locale={locale} />
          {collection === 'lessons' && !olderEdition ? <LessonPractice id={id} locale={locale} /> : null}

          <CiteThis
            locale={locale}
            collection={collection}
            id={id}
            editionId={shown?.id}
            organization={nameOf(doc.organization)}
            title={title}
            edition={editionName(collection, doc as { edition?: unknown }, shown, locale)}
            year={yearOf(shown?.publishedAt ?? doc.updatedAt, locale)}
            pinnedLink={pinned}
            permalink={`${origin}${paths.permalink(collection, id)}`}
          />

          <EditionsSection collection={collection} id={id} editions={editions} locale={locale} shownId={shown?.id} />

          {curriculum && otherEditions.length > 0 ? (
            <section className="doc-section" aria-labelledby="doc-other-editions">
              <h2 id="doc-other-editions">{documents.otherEditions[locale]}</h2>
              <ul>
                {otherEditions.map((other) => (
                  <li key={other.doc.id}>
                    <Link href={paths.document(locale, 'curricula', other.doc.id)}>
                      {fill(documents.editionOf[locale], { edition: editionText(other.doc.edition, locale) })}
                    </Link>{' '}
                    — <InLanguage text={other.doc.title} locale={locale} />
                    {other.doc.workflowState === 'retired' ? (
                      <>
                        {' '}
                        <span className="doc-badge">{documents.retired[locale]}</span>
                        {other.supersededBy ? (
                          <>
                            {' '}
                            {documents.supersededBy[locale]}{' '}
                            {other.supersededBy.id === current.id ? (
                              <>
                                {fill(documents.editionOf[locale], { edition: editionText(other.supersededBy.edition, locale) })} {documents.thisEdition[locale]}
                              </>
                            ) : (
                              <Link href={paths.document(locale, 'curricula', other.supersededBy.id)}>
                                {fill(documents.editionOf[locale], { edition: editionText(other.supersededBy.edition, locale) })}
                              </Link>
                            )}
                          </>
                        ) : null}
                      </>
                    ) : null}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

          <section className="doc-section" aria-labelledby="doc-related">
            <h2 id="doc-related">{documents.related[locale]}</h2>
            <DocumentList items={related} locale={locale} empty={documents.relatedNone[locale]} />
          </section>
        </div>

        <KnowledgeFacts collection={collection} doc={doc} locale={locale} editions={editions} shown={shown}>
          {/* The files of the edition on the page: an earlier edition's downloads are pinned to that version. */}
          {curriculum ? (
            <CurriculumDownloads
              locale={locale}
              curriculum={current as DocByCollection['curricula']}
              versionId={olderEdition && shown ? String(shown.id) : undefined}
            />
          ) : (
            <RecordDownload locale={locale} collection={collection} id={id} number={shown?.number} pinned={olderEdition && shown ? shown.id : undefined} />
          )}
        </KnowledgeFacts>
      </div>
    </article>
  )
}
