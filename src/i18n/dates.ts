/** Dates as each locale's reader expects them: the Jalali calendar with Persian digits for fa. */
export const formatDate = (value: Date | string | number, locale: string, style: 'medium' | 'long' = 'medium'): string =>
  new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', { dateStyle: style, timeZone: 'Asia/Tehran' }).format(
    new Date(value),
  )

// Made once: building a number format costs tens of microseconds, and a table of counts writes hundreds of numbers.
const numberFormats = { fa: new Intl.NumberFormat('fa-IR'), en: new Intl.NumberFormat('en-GB') }

/** Persian digits in Persian text. */
export const formatNumber = (value: number, locale: string): string => (locale === 'fa' ? numberFormats.fa : numberFormats.en).format(value)
