import Link from 'next/link'

import { formatDate } from '../../../i18n/dates'
import type { KnowledgeCollection, KnowledgeDoc } from '../../documents/load'
import { outcomeLabel } from '../../documents/fields'
import { typeLabel } from '../../documents/format'
import type { Locale } from '../../locale'
import { paths } from '../../paths'
import { documents } from '../../text/documents'
import { InLanguage } from '../TextLanguage'

/** A list of documents: type, title (linked), the outcome of a case study in words, members-only mark, date. */
export function DocumentList({
  items,
  locale,
  empty,
}: {
  items: { collection: KnowledgeCollection; doc: KnowledgeDoc }[]
  locale: Locale
  empty: string
}) {
  if (items.length === 0) return <p>{empty}</p>
  return (
    <ul className="doc-list">
      {items.map(({ collection, doc }) => (
        <li key={`${collection}-${doc.id}`} className="doc-list__item">
          <span className="doc-list__type">{typeLabel(collection, locale)}</span>
          <Link href={paths.document(locale, collection, doc.id)} className="doc-list__title">
            <InLanguage text={doc.title} locale={locale} />
          </Link>
          <span className="doc-list__meta">
            {'outcome' in doc && doc.outcome ? (
              <span className={`outcome outcome--${doc.outcome}`}>{outcomeLabel(doc.outcome, locale)}</span>
            ) : null}
            {doc.visibility === 'members' ? <span className="doc-badge">{documents.membersOnlyBadge[locale]}</span> : null}
            <time dateTime={doc.updatedAt}>{formatDate(doc.updatedAt, locale)}</time>
          </span>
        </li>
      ))}
    </ul>
  )
}
