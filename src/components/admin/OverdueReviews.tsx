import type { ServerProps } from 'payload'

import { formatDate } from '../../i18n/dates'
import { labels } from '../../i18n/labels'
import { findOverdue } from '../../workflow/overdue'

/** On the admin dashboard: the lessons and curricula whose review date has passed. */
export async function OverdueReviews({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const language = i18n.language === 'en' ? 'en' : 'fa'
  const principal = await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true })
  const items = await findOverdue(payload, { ...principal, collection: 'users' } as never, new Date(), language)
  const adminRoute = payload.config.routes.admin
  return (
    <section aria-labelledby="overdue-reviews" style={{ marginBlock: 'var(--base)' }}>
      <h2 id="overdue-reviews">{labels.overdueTitle[language]}</h2>
      {items.length === 0 ? (
        <p>{labels.overdueNone[language]}</p>
      ) : (
        <ul>
          {items.map((item) => (
            <li key={`${item.collection}:${item.id}`}>
              <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title}</a>
              {' — '}
              {labels.overdueDue[language]}: <time dateTime={item.nextReviewDate}>{formatDate(item.nextReviewDate, language)}</time>
            </li>
          ))}
        </ul>
      )}
    </section>
  )
}
