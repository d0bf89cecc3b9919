import type { ServerProps } from 'payload'

import { hasRole, type NetworkUser } from '../../access/roles'
import { formatNumber } from '../../i18n/dates'
import { labels, type LabelKey } from '../../i18n/labels'
import { findInbox, type Inbox as InboxData, type InboxItem } from '../../workflow/inbox'

const sections: { key: keyof InboxData; title: LabelKey; empty: LabelKey }[] = [
  { key: 'waitingForMe', title: 'inboxWaiting', empty: 'inboxWaitingNone' },
  { key: 'sentBack', title: 'inboxSentBack', empty: 'inboxSentBackNone' },
  { key: 'myDrafts', title: 'inboxDrafts', empty: 'inboxDraftsNone' },
  { key: 'overdue', title: 'inboxOverdue', empty: 'inboxOverdueNone' },
  { key: 'answers', title: 'inboxAnswers', empty: 'inboxAnswersNone' },
]

const kindOf: Record<InboxItem['collection'], LabelKey> = {
  'case-studies': 'caseStudy',
  lessons: 'lesson',
  'best-practices': 'bestPractice',
  curricula: 'curriculum',
  'offers-and-needs': 'offerOrNeed',
}

const shown = 10

/** At the top of the admin dashboard: each person's work, counted, each item a link to its edit view. */
export async function Inbox({ payload, i18n, user }: ServerProps) {
  if (!user) return null
  const language = i18n.language === 'en' ? 'en' : 'fa'
  const principal = await payload.findByID({ collection: 'users', id: user.id, depth: 0, overrideAccess: true })
  const inbox = await findInbox(payload, { ...principal, collection: 'users' } as never, language)
  const adminRoute = payload.config.routes.admin
  return (
    <section aria-labelledby="inbox-title" className="hamafza-inbox" style={{ marginBlockEnd: 'calc(var(--base) * 2)' }}>
      <h2 id="inbox-title">{labels.inboxTitle[language]}</h2>
      <div style={{ display: 'grid', gap: 'var(--base)', gridTemplateColumns: 'repeat(auto-fit, minmax(16rem, 1fr))' }}>
        {/* Answers from other NGOs come to an NGO's editors only. */}
        {sections.filter(({ key }) => key !== 'answers' || hasRole(principal as unknown as NetworkUser, 'editor')).map(({ key, title, empty }) => {
          const items = inbox[key]
          const headingId = `inbox-${key}`
          return (
            <section key={key} aria-labelledby={headingId} data-inbox={key} className="card" style={{ padding: 'var(--base)', display: 'block' }}>
              <h3 id={headingId} style={{ marginBlock: 0 }}>
                {labels[title][language]} <span data-inbox-count>({formatNumber(items.length, language)})</span>
              </h3>
              {items.length === 0 ? (
                <p>{labels[empty][language]}</p>
              ) : (
                <ul style={{ paddingInlineStart: '1.2em' }}>
                  {items.slice(0, shown).map((item) => (
                    <li key={`${item.collection}:${item.id}:${item.updatedAt}`}>
                      <a href={`${adminRoute}/collections/${item.collection}/${item.id}`}>{item.title || `#${item.id}`}</a>
                      {' — '}
                      {labels[kindOf[item.collection]][language]}
                    </li>
                  ))}
                  {items.length > shown ? <li>{labels.inboxMore[language].replace('{n}', formatNumber(items.length - shown, language))}</li> : null}
                </ul>
              )}
            </section>
          )
        })}
      </div>
    </section>
  )
}
