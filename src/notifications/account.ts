import type { CollectionAfterChangeHook, IncomingAuthType } from 'payload'

import { formatNumber } from '../i18n/dates'
import { label } from '../i18n/labels'
import type { User } from '../payload-types'
import { siteAddress } from './address'
import { markQueued } from './emailAdapter'
import { greetingName, languageOf, settingsLink } from './people'
import { queueMail } from './queue'
import { mailWords } from './words'

type ForgotPassword = NonNullable<IncomingAuthType['forgotPassword']>

const resetHours = 1
const welcomeDays = 7

/** Payload's reset e-mail, in the person's language, queued and recorded like every other message. */
export const passwordResetHTML: NonNullable<ForgotPassword['generateEmailHTML']> = async (args) => {
  const { req, token, user } = args!
  const person = user as User
  const language = languageOf(person)
  const words = mailWords[language]
  const { html } = await queueMail(req!.payload, req as never, {
    to: person.email,
    recipient: person.id,
    kind: 'passwordReset',
    content: {
      language,
      subject: words.passwordReset.subject,
      greeting: words.greeting(greetingName(person)),
      paragraphs: words.passwordReset.paragraphs(formatNumber(resetHours, language)),
      action: { label: words.passwordReset.action, url: `${siteAddress()}/admin/reset/${token}` },
      footer: words.footer,
      settings: settingsLink(person),
    },
  })
  // Payload hands this HTML to the e-mail adapter next: it is already queued, so the adapter lets it pass.
  markQueued(html)
  return html
}

export const passwordResetSubject: NonNullable<ForgotPassword['generateEmailSubject']> = (args) =>
  mailWords[languageOf(args?.user as User)].passwordReset.subject

/**
 * A new account's e-mail: the one an admin adds gets a link to set their own password (valid a week);
 * the very first account, made on the admin's first screen, a link to the panel. Accounts made by
 * scripts (the seed) get none.
 */
export const welcomeNewAccount: CollectionAfterChangeHook = async ({ doc, operation, req }) => {
  if (operation !== 'create') return doc
  const person = doc as User
  const byAdmin = Boolean(req.user)
  if (!byAdmin && req.payloadAPI === 'local') return doc
  const language = languageOf(person)
  const words = mailWords[language]
  let action = { label: words.welcome.actionFirst, url: `${siteAddress()}/admin` }
  if (byAdmin) {
    const token = await req.payload.forgotPassword({
      collection: 'users',
      data: { email: person.email },
      disableEmail: true,
      expiration: welcomeDays * 24 * 3600 * 1000,
      req,
    })
    if (token) action = { label: words.welcome.action, url: `${siteAddress()}/admin/reset/${token}` }
  }
  const roles = (person.roles ?? []).map((role) => label(`role${role[0]!.toUpperCase()}${role.slice(1)}` as 'roleAdmin')[language]).join('، ')
  await queueMail(req.payload, req, {
    to: person.email,
    recipient: person.id,
    kind: 'welcome',
    content: {
      language,
      subject: words.welcome.subject,
      greeting: words.greeting(greetingName(person)),
      paragraphs: words.welcome.paragraphs(roles),
      action,
      footer: words.footer,
      settings: settingsLink(person),
    },
  })
  return doc
}
