/** Dates as Payload stores them (ISO, UTC midnight), so a re-run compares them exactly. */
export const day = (year: number, month: number, date = 1): string => new Date(Date.UTC(year, month - 1, date)).toISOString()

/** The first day of a month, for the month-only period fields. */
export const month = (year: number, monthOfYear: number): string => day(year, monthOfYear, 1)
