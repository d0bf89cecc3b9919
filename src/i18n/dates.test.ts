import { describe, expect, it } from 'vitest'

import { formatDate, formatNumber, gregorianOfJalali, jalaliInputValue, readTypedDate } from './dates'

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

  it('reads a Jalali day as its Gregorian date, leap years and month lengths included', () => {
    expect(gregorianOfJalali(1404, 1, 1)).toBe('2025-03-21')
    expect(gregorianOfJalali(1404, 3, 11)).toBe('2025-06-01')
    expect(gregorianOfJalali(1404, 6, 31)).toBe('2025-09-22')
    expect(gregorianOfJalali(1404, 7, 1)).toBe('2025-09-23')
    // 1403 is a leap year, 1402 is not: Esfand has a 30th only in the first.
    expect(gregorianOfJalali(1403, 12, 30)).toBe('2025-03-20')
    expect(gregorianOfJalali(1402, 12, 30)).toBeNull()
    expect(gregorianOfJalali(1404, 7, 31)).toBeNull()
    expect(gregorianOfJalali(1404, 13, 1)).toBeNull()
  })

  it('reads a typed date in Persian or Latin digits, Jalali below the year 1700 and Gregorian above, and refuses what is no date', () => {
    expect(readTypedDate('۱۴۰۴/۰۳/۱۱')).toBe('2025-06-01')
    expect(readTypedDate(' 1404/3/11 ')).toBe('2025-06-01')
    expect(readTypedDate('١٤٠٤-٠٣-١١')).toBe('2025-06-01')
    expect(readTypedDate('2025-06-01')).toBe('2025-06-01')
    for (const bad of ['2025-13-40', '2025-02-29', '1404/13/01', 'دیروز', '', '1404/03', '14040311']) expect(readTypedDate(bad), bad).toBeNull()
  })

  it('writes the Persian date field as it is read back', () => {
    const value = jalaliInputValue('2025-06-01T08:00:00Z')
    expect(value).toBe('۱۴۰۴/۰۳/۱۱')
    expect(readTypedDate(value)).toBe('2025-06-01')
  })
})
