import type { Payload, PayloadRequest } from 'payload'

import type { ContentChange } from '../payload-types'

import { contentChanged, everythingChanged } from './signal'

/**
 * The change log: one row per change that visitors see, with the tags it touched, written by the hook that
 * saw the change (in the same transaction) so that every other server process on the same database learns
 * of it. Read through the Local API, so it is the same on SQLite and on MongoDB.
 */
export const changeLogSlug = 'content-changes' as const

/** How often, at most, a process asks for others' changes: only when it is about to serve a kept value. */
const followEveryMs = 1_000
/** A row can commit this long after its createdAt (a slow transaction, clocks a little apart): every read looks back this far. */
const lookBackMs = 5_000
/** Rows are kept this long; a process that has not looked for longer trusts nothing it kept. */
const keepMs = 10 * 60_000
const pruneEveryMs = 60_000
/** Rows read at once; more new rows than this and the process cannot tell what changed, so everything did. */
const pageSize = 500

type Follower = {
  /** The newest createdAt read from the log: the writers' clocks, so this process's own does not matter. */
  newest: number | null
  /** Rows already applied (read, or written outside a transaction by this process), by id, with their createdAt. */
  applied: Map<string, number>
  lookedAt: number
  looking: Promise<void> | null
  prunedAt: number
}

const followersKey = Symbol.for('hamafza.contentChanges.followers')
const holder = globalThis as { [followersKey]?: WeakMap<Payload, Follower> }

const followerOf = (payload: Payload): Follower => {
  const followers = (holder[followersKey] ??= new WeakMap())
  let follower = followers.get(payload)
  if (!follower) followers.set(payload, (follower = { newest: null, applied: new Map(), lookedAt: 0, looking: null, prunedAt: Date.now() }))
  return follower
}

const tagsOf = (row: ContentChange): string[] => (Array.isArray(row.tags) ? row.tags.filter((tag): tag is string => typeof tag === 'string') : [])

const forgetOldRows = (follower: Follower) => {
  const horizon = (follower.newest ?? Date.now()) - lookBackMs
  for (const [id, at] of follower.applied) if (at < horizon) follower.applied.delete(id)
}

/**
 * A transaction's id is a string or a number. Without transactions (SQLite here) the request holds a promise
 * of none, or `{}` once Payload's batched population has copied that promise through JSON.
 */
const inTransaction = async (req: PayloadRequest) => {
  const id = await req.transactionID
  return typeof id === 'string' || typeof id === 'number'
}

/** Writes a change to the log, in the request's transaction; drops rows past their time now and then. */
export const logChange = async (req: PayloadRequest, tags: readonly string[]): Promise<void> => {
  const row = await req.payload.create({ collection: changeLogSlug, data: { tags: [...tags] }, req, overrideAccess: true, depth: 0 })
  const follower = followerOf(req.payload)
  // Committed already: this process applied it when it saw the change. Inside a transaction it is read back
  // after the commit, and applied again then, in case a read came between the change and the commit.
  if (!(await inTransaction(req))) follower.applied.set(String(row.id), Date.parse(row.createdAt))
  if (follower.applied.size > 5_000) forgetOldRows(follower)
  if (Date.now() - follower.prunedAt >= pruneEveryMs) {
    follower.prunedAt = Date.now()
    void pruneChangeLog(req.payload).catch((error: unknown) => req.payload.logger.warn({ err: error, msg: 'the change log was not pruned' }))
  }
}

/** Drops rows older than every process still needs (through the adapter: one statement, no hooks). */
export const pruneChangeLog = async (payload: Payload, now = Date.now()): Promise<void> => {
  await payload.db.deleteMany({ collection: changeLogSlug, where: { createdAt: { less_than: new Date(now - keepMs).toISOString() } } })
}

const readNewRows = async (payload: Payload, follower: Follower): Promise<void> => {
  const since = follower.newest === null ? null : new Date(follower.newest - lookBackMs).toISOString()
  const { docs } = await payload.find({
    collection: changeLogSlug,
    where: since ? { createdAt: { greater_than: since } } : {},
    sort: '-createdAt',
    limit: pageSize,
    pagination: false,
    depth: 0,
    overrideAccess: true,
  })
  const unseen = docs.filter((row) => !follower.applied.has(String(row.id)))
  if (follower.newest !== null && docs.length === pageSize) everythingChanged()
  else if (unseen.length) contentChanged(unseen.flatMap(tagsOf))
  for (const row of docs) {
    const at = Date.parse(row.createdAt)
    follower.applied.set(String(row.id), at)
    if (follower.newest === null || at > follower.newest) follower.newest = at
  }
  forgetOldRows(follower)
}

/**
 * Learns the changes other processes logged since this one last looked, at most once a second and only
 * when asked (by a cache about to answer). Returns a promise to wait for while a read is due or under way,
 * so that what is served is never more than about a second behind the log; undefined otherwise.
 */
export const followChanges = (payload: Payload): Promise<void> | undefined => {
  const follower = followerOf(payload)
  if (follower.looking) return follower.looking
  const now = Date.now()
  if (now - follower.lookedAt < followEveryMs) return undefined
  // Rows may have been pruned since: what was kept cannot be checked against them.
  if (follower.lookedAt > 0 && now - follower.lookedAt > keepMs - lookBackMs) everythingChanged()
  follower.lookedAt = now
  follower.looking = readNewRows(payload, follower)
    .catch((error: unknown) => payload.logger.warn({ err: error, msg: 'the change log could not be read; kept pages expire by their age' }))
    .finally(() => {
      follower.looking = null
    })
  return follower.looking
}
