/** Dates as each locale's reader expects them: the Jalali calendar with Persian digits for fa. */
export const formatDate = (value: Date | string | number, locale: string, style: 'medium' | 'long' = 'medium'): string =>
  new Intl.DateTimeFormat(locale === 'fa' ? 'fa-IR-u-ca-persian' : 'en-GB', { dateStyle: style, timeZone: 'Asia/Tehran' }).format(
    new Date(value),
  )

/** Persian digits in Persian text. */
export const formatNumber = (value: number, locale: string): string =>
  new Intl.NumberFormat(locale === 'fa' ? 'fa-IR' : 'en-GB').format(value)
