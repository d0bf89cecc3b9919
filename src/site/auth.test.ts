import { describe, expect, it } from 'vitest'

import { safeNextPath } from './auth'

describe('the way back after signing in', () => {
  it('keeps a path of this site with its query', () => {
    expect(safeNextPath('/fa/lessons/3?version=2', 'fa')).toBe('/fa/lessons/3?version=2')
    expect(safeNextPath('/en/search?q=carpet', 'en')).toBe('/en/search?q=carpet')
  })

  it('never leaves the site', () => {
    for (const next of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)', '', undefined, 42]) {
      expect(safeNextPath(next, 'fa')).toBe('/fa')
    }
  })

  // Each of these has led browsers off site somewhere: a path the URL parser turns into `//host`, slashes
  // hidden by encoding or backslashes, whitespace the parser drops, schemes, and very long values.
  it.each([
    '/.//evil.example',
    '/./\\evil.example',
    '/..//evil.example',
    '/%2F%2Fevil.example',
    '/%2f/evil.example',
    '/%5C%5Cevil.example',
    '/\t/evil.example',
    '/\n/evil.example',
    '/\r\n//evil.example',
    '\t//evil.example',
    ' //evil.example',
    '/\\/evil.example',
    '\\\\evil.example',
    'javascript:alert(1)',
    'JaVaScRiPt:alert(1)',
    'data:text/html,<script>alert(1)</script>',
    'https://evil.example/fa',
    'http:/evil.example',
    'https:evil.example',
    '//evil.example',
    '///evil.example',
    '/fa/\u0000/x',
    `/fa/${'a'.repeat(5_000)}`,
  ])('sends the %# tricky value home', (next) => {
    expect(safeNextPath(next, 'fa')).toBe('/fa')
  })

  it('keeps what only looks odd but stays on the site', () => {
    expect(safeNextPath('/fa/search?q=%2F%2Fevil.example', 'fa')).toBe('/fa/search?q=%2F%2Fevil.example')
    expect(safeNextPath('/fa/lessons/3#evidence', 'fa')).toBe('/fa/lessons/3#evidence')
    expect(safeNextPath('/fa/./lessons/../lessons/3', 'fa')).toBe('/fa/lessons/3')
  })

  it('does not send the reader back to the sign-in page', () => {
    expect(safeNextPath('/en/sign-in?next=/en', 'en')).toBe('/en')
  })
})
