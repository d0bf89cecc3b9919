/** Why a message was sent: each kind a notice a person may turn off, except what their account needs. */
export const mailKinds = [
  'passwordReset',
  'welcome',
  'submitted',
  'changesRequested',
  'published',
  'overdue',
  'editionRetired',
  'digest',
  'exchangeAnswer',
  'exchangeExpiring',
  'other',
] as const
export type MailKind = (typeof mailKinds)[number]

/** The notices a person can turn off in their settings (`notices.<name>` on the user). */
export const noticeSettings = ['reviewRequests', 'sentBack', 'published', 'overdue', 'editions', 'digests', 'exchange'] as const
export type NoticeSetting = (typeof noticeSettings)[number]

/** Which setting governs each kind; account mail (reset, welcome) is always sent. */
export const settingOf: Partial<Record<MailKind, NoticeSetting>> = {
  submitted: 'reviewRequests',
  changesRequested: 'sentBack',
  published: 'published',
  overdue: 'overdue',
  editionRetired: 'editions',
  digest: 'digests',
  exchangeAnswer: 'exchange',
  exchangeExpiring: 'exchange',
}

export type MailLanguage = 'fa' | 'en'
