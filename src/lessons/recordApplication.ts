import type { Payload } from 'payload'

import { applicationResults, type ApplicationResult } from '../../collections/LessonApplications'
import { hasRole, organizationIDs, type NetworkUser } from '../access/roles'
import { CodedError } from '../errors'
import { readTypedDate } from '../i18n/dates'
import type { Locale } from '../i18n/locales'
import type { User } from '../payload-types'

/** Why a "we applied this lesson" form was refused; the site words each reason in the reader's language. */
export type ApplicationProblem = 'notEditor' | 'notOwnOrganization' | 'noLesson' | 'date' | 'result' | 'text'

export class ApplicationRequestError extends CodedError {
  readonly code = 'APPLICATION_REQUEST'
  constructor(readonly problem: ApplicationProblem, readonly status: 400 | 403 | 404) {
    super(problem)
    this.name = 'ApplicationRequestError'
  }
}

export type ApplicationForm = { organization: string; appliedOn: string; result: string; whatHappened: string }

const isResult = (value: string): value is ApplicationResult => (applicationResults as readonly string[]).includes(value)

/** A calendar date that exists and is not after today: Jalali (1404/03/11, in either digits) or Gregorian (2025-06-01). */
const dateOf = (value: string): string | null => {
  const day = readTypedDate(value)
  if (!day) return null
  const date = new Date(`${day}T00:00:00.000Z`)
  // Tehran is ahead of UTC: a date that is already today there is not refused.
  return date.getTime() > Date.now() + 24 * 60 * 60 * 1000 ? null : date.toISOString()
}

/**
 * Records, under the editor's own access, that their NGO applied a published lesson: the entry is the NGO's,
 * the lesson stays as it is. The text is written in the form's language, which is Persian on the Persian site.
 */
export const recordApplication = async (payload: Payload, user: User, lesson: number | string, form: ApplicationForm, locale: Locale) => {
  const own = organizationIDs(user as unknown as NetworkUser).map(String)
  if (!hasRole(user as unknown as NetworkUser, 'editor') || own.length === 0) throw new ApplicationRequestError('notEditor', 403)
  const organization = form.organization.trim() || own[0]!
  if (!own.includes(organization)) throw new ApplicationRequestError('notOwnOrganization', 403)
  const found = await payload.findByID({ collection: 'lessons', id: lesson, depth: 0, draft: false, disableErrors: true, overrideAccess: false, user, select: { _status: true } })
  if (!found || found._status !== 'published') throw new ApplicationRequestError('noLesson', 404)
  const appliedOn = dateOf(form.appliedOn.trim())
  if (!appliedOn) throw new ApplicationRequestError('date', 400)
  if (!isResult(form.result)) throw new ApplicationRequestError('result', 400)
  const whatHappened = form.whatHappened.trim()
  if (!whatHappened || whatHappened.length > 4000) throw new ApplicationRequestError('text', 400)
  const ownId = (user.organizations ?? []).map((row) => row.organization).find((value) => String(typeof value === 'object' ? value.id : value) === organization)
  return payload.create({
    collection: 'lesson-applications',
    data: {
      lesson: found.id,
      organization: typeof ownId === 'object' && ownId !== null ? ownId.id : (ownId as number),
      appliedOn,
      result: form.result,
      whatHappened,
    },
    locale,
    overrideAccess: false,
    user,
  })
}
