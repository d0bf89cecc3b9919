import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'

let payload: Payload
let cast: Cast

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

afterAll(async () => {
  await payload.destroy()
})

/** How many turns of the event loop others got while `work` ran. */
const turnsDuring = async (work: () => Promise<unknown>): Promise<number> => {
  let turns = 0
  let waiting = setImmediate(function count() {
    turns += 1
    waiting = setImmediate(count)
  })
  await work()
  clearImmediate(waiting)
  return turns
}

describe('the embedded database lets the server answer others between its statements', () => {
  // libsql answers a local file synchronously behind its promises: without a turn between statements a run
  // of saves (an import, a seed) held every other request, and Vitest's own calls, until it ended.
  it('a run of saves gives others a turn at least once per save', async () => {
    const saves = 10
    const turns = await turnsDuring(async () => {
      for (let n = 0; n < saves; n++) {
        const data = sampleData('curricula', cast.orgs.roshan, { code: `TRN-${String(n).padStart(4, '0')}` })
        await payload.create({ collection: 'curricula', data: data as never, draft: true, user: cast.users.admin, overrideAccess: false })
      }
    })
    expect(turns).toBeGreaterThanOrEqual(saves)
    expect((await payload.count({ collection: 'curricula', where: { code: { like: 'TRN-' } } })).totalDocs).toBe(saves)
  })
})
