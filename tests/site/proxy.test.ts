import { NextRequest } from 'next/server'
import { describe, expect, it } from 'vitest'

import { proxy } from '../../src/proxy'

const visit = (path: string, headers: Record<string, string> = {}) =>
  proxy(new NextRequest(`http://localhost:3000${path}`, { headers: { cookie: 'hamafza-locale=en', ...headers } }))

describe('the language the reader chose', () => {
  it('is remembered from the pages they open', () => {
    expect(visit('/fa/search').cookies.get('hamafza-locale')?.value).toBe('fa')
    expect(visit('/en/search').cookies.get('hamafza-locale')).toBeUndefined()
  })

  it('is not changed by pages fetched ahead of time', () => {
    expect(visit('/fa/search', { 'next-router-prefetch': '1', rsc: '1' }).cookies.get('hamafza-locale')).toBeUndefined()
    expect(visit('/fa/lessons/3', { 'sec-purpose': 'prefetch' }).cookies.get('hamafza-locale')).toBeUndefined()
    // Next's full prefetch of a linked page carries no prefetch header, only its router's own.
    expect(visit('/fa/case-studies', { rsc: '1', 'next-router-state-tree': '%5B%22%22%5D' }).cookies.get('hamafza-locale')).toBeUndefined()
  })

  it('leads the bare address to it', () => {
    expect(visit('/').headers.get('location')).toBe('http://localhost:3000/en')
  })
})

describe('an outcome map address', () => {
  it('is answered 400 when the map cannot read it, and passed on as it is otherwise', () => {
    expect(visit('/fa/map?by=colour').status).toBe(400)
    expect(visit('/en/map?from=1403&until=1400').status).toBe(400)
    expect(visit('/fa/map?by=topic&province=3&from=1400&until=1403').status).toBe(200)
  })
})
