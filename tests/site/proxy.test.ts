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
