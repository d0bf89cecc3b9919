/**
 * What makes an e-mail address personal, as data. An address is personal unless it is on the document's own
 * NGO's domain (its website's, or its contact address's), or it is a role address (info@, contact@ …) of an
 * organization. A role name at a public mailbox provider (info@gmail.com) is still one person's mailbox.
 */

/** Local parts that name a role or an office, not a person. */
export const roleMailboxes: ReadonlySet<string> = new Set([
  'info',
  'contact',
  'office',
  'admin',
  'support',
  'help',
  'hello',
  'press',
  'media',
  'pr',
  'team',
  'secretariat',
  'dabirkhaneh',
  'hr',
  'jobs',
  'careers',
  'training',
  'webmaster',
  'feedback',
  'service',
  'services',
  'public',
  'enquiries',
  'inquiries',
  'noreply',
  'no-reply',
  'mail',
])

/** Providers where anyone opens a personal mailbox: Iranian and international. */
export const publicMailDomains: ReadonlySet<string> = new Set([
  'gmail.com',
  'googlemail.com',
  'yahoo.com',
  'ymail.com',
  'rocketmail.com',
  'hotmail.com',
  'outlook.com',
  'live.com',
  'msn.com',
  'icloud.com',
  'me.com',
  'mac.com',
  'aol.com',
  'proton.me',
  'protonmail.com',
  'pm.me',
  'gmx.com',
  'gmx.net',
  'mail.com',
  'zoho.com',
  'yandex.com',
  'yandex.ru',
  'mail.ru',
  'chmail.ir',
  'mail.ir',
  'iran.ir',
  'email.ir',
  'parsimail.com',
])

/** Country variants of the big providers (yahoo.co.uk, hotmail.fr …) are public too. */
export const publicMailFamilies: ReadonlySet<string> = new Set(['gmail', 'yahoo', 'hotmail', 'outlook', 'live', 'ymail', 'gmx', 'yandex'])
