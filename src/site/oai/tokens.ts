import { createHmac, timingSafeEqual } from 'node:crypto'

import type { DocId } from '../../api/ids'
import type { Position } from './repository'

/**
 * What a resumption token carries: the harvest's own arguments, where it stands, and the two counts the
 * protocol reports. The upper bound is fixed at the harvest's first answer, so a record changed meanwhile
 * moves out of this harvest and into the next one (whose `from` is this harvest's responseDate) rather than
 * shifting the pages. Tokens are signed with the server's secret: a token altered or made up is refused.
 */
export type HarvestState = {
  verb: 'ListIdentifiers' | 'ListRecords'
  set?: string
  from?: string
  upTo: string
  after: Position
  cursor: number
  total: number
}

const signature = (secret: string, body: string) => createHmac('sha256', secret).update(body).digest('base64url').slice(0, 22)

export const writeToken = (state: HarvestState, secret: string): string => {
  const body = Buffer.from(JSON.stringify(state)).toString('base64url')
  return `${body}.${signature(secret, body)}`
}

const isIso = (value: unknown): value is string => typeof value === 'string' && !Number.isNaN(Date.parse(value))
const isId = (value: unknown): value is DocId => (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && value.length > 0)
const isCount = (value: unknown): value is number => typeof value === 'number' && Number.isSafeInteger(value) && value >= 0

/** The state a token carries, or null for anything this server did not write. */
export const readToken = (token: string, secret: string): HarvestState | null => {
  const match = /^([A-Za-z0-9_-]+)\.([A-Za-z0-9_-]{22})$/.exec(token)
  if (!match) return null
  const expected = Buffer.from(signature(secret, match[1]!))
  const given = Buffer.from(match[2]!)
  if (expected.length !== given.length || !timingSafeEqual(expected, given)) return null
  let state: Partial<HarvestState>
  try {
    state = JSON.parse(Buffer.from(match[1]!, 'base64url').toString('utf8')) as Partial<HarvestState>
  } catch {
    return null
  }
  const after = state.after as Partial<Position> | undefined
  const valid =
    (state.verb === 'ListIdentifiers' || state.verb === 'ListRecords') &&
    (state.set === undefined || typeof state.set === 'string') &&
    (state.from === undefined || isIso(state.from)) &&
    isIso(state.upTo) &&
    after !== undefined &&
    isIso(after.t) &&
    isCount(after.c) &&
    isId(after.i) &&
    isCount(state.cursor) &&
    isCount(state.total)
  return valid ? (state as HarvestState) : null
}
