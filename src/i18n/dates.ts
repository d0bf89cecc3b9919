/** Dates as each locale's reader expects them: the Jalali calendar with Persian digits for fa. */
export const formatDate = (value: Date | string | number, locale: string, style: 'medium' | 'long' = 'medium'): string =>
  new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', { dateStyle: style, timeZone: 'Asia/Tehran' }).format(
    new Date(value),
  )

// Made once: building a number format costs tens of microseconds, and a table of counts writes hundreds of numbers.
const numberFormats = { fa: new Intl.NumberFormat('fa-IR'), en: new Intl.NumberFormat('en-GB') }

/** Persian digits in Persian text. */
export const formatNumber = (value: number, locale: string): string => (locale === 'fa' ? numberFormats.fa : numberFormats.en).format(value)

const persianCalendar = new Intl.DateTimeFormat('en-US-u-ca-persian', { year: 'numeric', month: 'numeric', day: 'numeric', timeZone: 'UTC' })
const day = 24 * 60 * 60 * 1000

/**
 * The Gregorian date (2025-06-01) of a day of the Jalali calendar (1404, 3, 11), or null when there is no such
 * day (the 30th of Esfand outside a leap year). Found with the same calendar that writes the site's dates.
 */
export const gregorianOfJalali = (year: number, month: number, date: number): string | null => {
  if (![year, month, date].every(Number.isInteger) || month < 1 || month > 12 || date < 1 || date > 31) return null
  const dayOfYear = (month <= 6 ? (month - 1) * 31 : 186 + (month - 7) * 30) + date
  // The first of Farvardin falls between the 19th and the 22nd of March; a few candidates around it are tried.
  const start = Date.UTC(year + 621, 2, 19) + (dayOfYear - 1) * day
  for (let offset = -2; offset <= 3; offset++) {
    const candidate = new Date(start + offset * day)
    const parts = Object.fromEntries(persianCalendar.formatToParts(candidate).map((part) => [part.type, part.value]))
    if (Number(parts.year) === year && Number(parts.month) === month && Number(parts.day) === date) return candidate.toISOString().slice(0, 10)
  }
  return null
}

/** A date typed as the reader writes it, 1404/03/11 or ۱۴۰۴/۰۳/۱۱ (Jalali) or 2025-06-01 (Gregorian), as 2025-06-01; null when it is no date. */
export const readTypedDate = (text: string): string | null => {
  const latin = text.trim().replace(/[۰-۹]/g, (digit) => String('۰۱۲۳۴۵۶۷۸۹'.indexOf(digit))).replace(/[٠-٩]/g, (digit) => String('٠١٢٣٤٥٦٧٨٩'.indexOf(digit)))
  const match = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(latin)
  if (!match) return null
  const [year, month, date] = match.slice(1).map(Number) as [number, number, number]
  // As in the search and the map: a year below 1700 is a Jalali one.
  if (year < 1700) return gregorianOfJalali(year, month, date)
  const iso = `${match[1]}-${match[2]!.padStart(2, '0')}-${match[3]!.padStart(2, '0')}`
  const parsed = new Date(`${iso}T00:00:00.000Z`)
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === iso ? iso : null
}

/** A day as the Persian date field shows it: ۱۴۰۴/۰۳/۱۱, Tehran's calendar day. */
export const jalaliInputValue = (value: Date | string | number): string => {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('fa-IR-u-ca-persian', { year: 'numeric', month: '2-digit', day: '2-digit', timeZone: 'Asia/Tehran' })
      .formatToParts(new Date(value))
      .map((part) => [part.type, part.value]),
  )
  return `${parts.year}/${parts.month}/${parts.day}`
}
