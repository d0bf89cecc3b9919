import { APIError, type Payload, type PayloadRequest, type Where } from 'payload'

import { formatNumber } from '../i18n/dates'
import { requestProblemIn } from '../i18n/requestProblems'
import { clientAddress } from './clientAddress'

/**
 * Sign-in limits, kept in `sign-in-attempts` (one row per attempt with an e-mail and a password) in place
 * of Payload's own lock, which let ten wrong passwords from anywhere lock any account, the admin's too:
 * - an address with 5 failures in 15 minutes waits (429, with Retry-After) until the oldest of them is older;
 * - an account with 10 failures in 15 minutes is locked (423) for addresses it has not signed in from in the
 *   last 30 days: strangers can shut it only for a while and only for strangers, never for its owner's devices,
 *   who remain under the per-address limit.
 */
export const signInAttemptsSlug = 'sign-in-attempts'

export const limits = {
  window: 15 * 60 * 1000,
  perAddress: 5,
  perAccount: 10,
  knownAddressFor: 30 * 24 * 60 * 60 * 1000,
} as const

type Attempt = { id: number | string; createdAt: string }

const languageOf = (req: Pick<PayloadRequest, 'i18n'> | undefined) => (req?.i18n?.language === 'en' ? 'en' : 'fa')

export const normalizedEmail = (email: unknown): string => (typeof email === 'string' ? email.trim().toLowerCase().slice(0, 320) : '')

const failures = async (payload: Payload, req: PayloadRequest | undefined, where: Where, now: number): Promise<Attempt[]> =>
  (
    await payload.find({
      collection: signInAttemptsSlug as 'users',
      where: { and: [where, { succeeded: { equals: false } }, { createdAt: { greater_than: new Date(now - limits.window).toISOString() } }] },
      sort: 'createdAt',
      limit: 200,
      depth: 0,
      pagination: false,
      overrideAccess: true,
      req,
    })
  ).docs as unknown as Attempt[]

/** Seconds until the failure that keeps the count at the limit leaves the window. */
const secondsUntilBelow = (found: Attempt[], limit: number, now: number) => {
  const deciding = found[found.length - limit]!
  return Math.max(1, Math.ceil((Date.parse(deciding.createdAt) + limits.window - now) / 1000))
}

/** Why a sign-in must wait, and for how long, in the reader's language. */
export const signInRefusalMessage = (language: 'fa' | 'en', status: 429 | 423, retryAfterSeconds: number): string => {
  const minutes = formatNumber(Math.ceil(retryAfterSeconds / 60), language)
  return status === 429
    ? requestProblemIn(language, 'signInThrottled', { value: minutes, max: limits.perAddress })
    : requestProblemIn(language, 'signInLocked', { value: minutes, max: limits.perAccount })
}

/** Answered as `TooManyRequests` (429) or `Locked` (423), with `data.retryAfterSeconds` (src/api/errorResponses.ts). */
const refusal = (req: PayloadRequest | undefined, status: 429 | 423, retryAfterSeconds: number): APIError =>
  new APIError(signInRefusalMessage(languageOf(req), status, retryAfterSeconds), status, { retryAfterSeconds }, true)

/** Throws the refusal (429 or 423) when this address, or this account from this address, must wait. */
export const assertMaySignIn = async (payload: Payload, req: PayloadRequest | undefined, email: string, address: string, now = Date.now()) => {
  const fromAddress = await failures(payload, req, { address: { equals: address } }, now)
  if (fromAddress.length >= limits.perAddress) throw refusal(req, 429, secondsUntilBelow(fromAddress, limits.perAddress, now))
  const forAccount = await failures(payload, req, { email: { equals: email } }, now)
  if (forAccount.length < limits.perAccount) return
  const known = await payload.count({
    collection: signInAttemptsSlug as 'users',
    where: {
      and: [
        { email: { equals: email } },
        { address: { equals: address } },
        { succeeded: { equals: true } },
        { createdAt: { greater_than: new Date(now - limits.knownAddressFor).toISOString() } },
      ],
    },
    overrideAccess: true,
    req,
  })
  if (known.totalDocs === 0) throw refusal(req, 423, secondsUntilBelow(forAccount, limits.perAccount, now))
}

const attemptKey = 'hamafzaSignInAttempt'

/**
 * Before a login: refuse it when it must wait, else write it down as failed, so that a failure is counted
 * however the login ends (an error thrown anywhere in it); `markSignInSucceeded` turns it into a success.
 * Attempts without an e-mail and a password are the form's mistakes, refused before any password is tried.
 */
export const limitSignIns = async (req: PayloadRequest, data: unknown) => {
  const { email, password } = (data ?? {}) as { email?: unknown; password?: unknown }
  const given = normalizedEmail(email)
  if (!given || typeof password !== 'string' || password === '') return
  const address = clientAddress(req.headers ?? new Headers())
  try {
    await assertMaySignIn(req.payload, req, given, address)
  } catch (error) {
    const seconds = (error as { data?: { retryAfterSeconds?: number } }).data?.retryAfterSeconds
    if (seconds) {
      req.responseHeaders ??= new Headers()
      req.responseHeaders.set('Retry-After', String(seconds))
    }
    throw error
  }
  const attempt = await req.payload.create({
    collection: signInAttemptsSlug as 'users',
    data: { email: given, address, succeeded: false } as never,
    overrideAccess: true,
    depth: 0,
    // Committed at once (the login has no transaction yet), or within the one that registers the first user.
    req,
  })
  req.context[attemptKey] = attempt.id
  // Old rows are of no use to any limit: failures after a day, successes after the known-address period.
  const now = Date.now()
  await req.payload.delete({
    collection: signInAttemptsSlug as 'users',
    where: {
      or: [
        { and: [{ succeeded: { equals: false } }, { createdAt: { less_than: new Date(now - 24 * 60 * 60 * 1000).toISOString() } }] },
        { createdAt: { less_than: new Date(now - limits.knownAddressFor).toISOString() } },
      ],
    },
    overrideAccess: true,
    req,
  })
}

export const markSignInSucceeded = async (req: PayloadRequest) => {
  const id = req.context[attemptKey] as number | string | undefined
  if (id === undefined) return
  delete req.context[attemptKey]
  await req.payload.update({ collection: signInAttemptsSlug as 'users', id, data: { succeeded: true } as never, overrideAccess: true, depth: 0, req })
}
