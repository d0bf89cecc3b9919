import { describe, expect, it } from 'vitest'

import { formatDate, formatNumber } from './dates'

describe('dates and numbers for readers', () => {
  it('writes a date in the Jalali calendar with Persian digits for fa', () => {
    // 21 March 2025 is 1 Farvardin 1404, the Persian new year.
    expect(formatDate('2025-03-21T12:00:00Z', 'fa', 'long')).toBe('۱ فروردین ۱۴۰۴')
  })

  it('writes the same date in the Gregorian calendar for en', () => {
    expect(formatDate('2025-03-21T12:00:00Z', 'en', 'long')).toBe('21 March 2025')
  })

  it('writes numbers with Persian digits for fa', () => {
    expect(formatNumber(1404, 'fa')).toBe('۱٬۴۰۴')
    expect(formatNumber(19, 'en')).toBe('19')
  })
})
