import type { Payload } from 'payload'
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest'

import { contentChanged, contentGeneration, contentMemo } from '../../src/site/memo'
import { startPayload } from '../support/payload'

describe('the visitors’ cache of page data', () => {
  afterEach(() => vi.useRealTimers())

  it('answers from memory until content changes, then reads again', async () => {
    const cache = contentMemo<number>(60_000)
    let reads = 0
    const read = () => Promise.resolve(++reads)
    expect(await cache('home:fa', read)).toBe(1)
    expect(await cache('home:fa', read)).toBe(1)
    expect(await cache('home:en', read)).toBe(2)
    contentChanged()
    expect(await cache('home:fa', read)).toBe(3)
    expect(await cache('home:en', read)).toBe(4)
  })

  it('reads again once its time is up, and forgets a failed read at once', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const cache = contentMemo<number>(1_000)
    let reads = 0
    expect(await cache('k', () => Promise.resolve(++reads))).toBe(1)
    vi.advanceTimersByTime(999)
    expect(await cache('k', () => Promise.resolve(++reads))).toBe(1)
    vi.advanceTimersByTime(2)
    expect(await cache('k', () => Promise.resolve(++reads))).toBe(2)

    await expect(cache('bad', () => Promise.reject(new Error('database away')))).rejects.toThrow('database away')
    expect(await cache('bad', () => Promise.resolve(7))).toBe(7)
  })

  it('keeps at most its number of keys', async () => {
    const cache = contentMemo<string>(60_000, 3)
    let reads = 0
    for (const key of ['a', 'b', 'c', 'd']) await cache(key, () => Promise.resolve(`${key}${++reads}`))
    // Full at the fourth key: everything was dropped, so 'a' is read again.
    expect(await cache('a', () => Promise.resolve(`a${++reads}`))).toBe('a5')
  })
})

describe('content changes seen by the cache', () => {
  let payload: Payload

  beforeAll(async () => {
    payload = await startPayload()
  })

  it('moves on when a record is saved or deleted, not when a download is counted', async () => {
    let seen = contentGeneration()
    const movedOn = () => {
      const now = contentGeneration()
      const moved = now > seen
      seen = now
      return moved
    }
    const topic = await payload.create({ collection: 'topics', data: { name: 'سواد مالی', slug: 'financial-literacy-cache' } })
    expect(movedOn()).toBe(true)
    await payload.update({ collection: 'topics', id: topic.id, data: { name: 'سواد مالی خانوار' } })
    expect(movedOn()).toBe(true)
    await payload.delete({ collection: 'topics', id: topic.id })
    expect(movedOn()).toBe(true)

    await payload.create({ collection: 'download-events', data: { code: 'SOFT-01', edition: '2.0', format: 'pdf', locale: 'fa' } as never })
    expect(movedOn()).toBe(false)
  })
})
