import { formatDate, formatNumber } from '../i18n/dates'
import type { Locale } from '../i18n/locales'
import { pick } from '../site/text'
import { downloads } from '../site/text/downloads'
import { moduleHours, type CurriculumSheet } from './sheet'

const persianDigits = '۰۱۲۳۴۵۶۷۸۹'

/** Persian digits (and the Persian decimal separator between digits) in Persian text; unchanged in English. */
export const localDigits = (text: string, locale: Locale): string =>
  locale === 'fa' ? text.replace(/(\d)\.(?=\d)/g, '$1٫').replace(/\d/g, (d) => persianDigits[Number(d)]!) : text

export const hoursText = (value: number | null, locale: Locale): string => (value == null ? '—' : formatNumber(value, locale))

/** The words and figures every download prints, in the sheet's language, computed once for PDF, DOCX and README. */
export const printed = (sheet: CurriculumSheet, permalink: string) => {
  const t = pick(downloads, sheet.locale)
  const n = (value: number | null) => hoursText(value, sheet.locale)
  const total = (sheet.hoursTheory ?? 0) + (sheet.hoursPractice ?? 0)
  const { kind, months, mentorRatio } = sheet.placement
  const placementLines: string[] = []
  if (kind || months) {
    const kindText = kind === 'internship' ? t.placementInternship : kind === 'apprenticeship' ? t.placementApprenticeship : t.placement
    placementLines.push(months ? `${kindText} — ${t.placementMonths}: ${n(months)} ${t.months}` : kindText)
    if (mentorRatio) placementLines.push(`${t.mentorRatio}: ${n(mentorRatio)}`)
  } else {
    placementLines.push(t.placementNone)
  }
  return {
    t,
    title: sheet.title,
    code: sheet.code,
    edition: localDigits(sheet.edition, sheet.locale),
    date: formatDate(sheet.date, sheet.locale, 'long'),
    modules: sheet.modules.map((row) => ({ code: row.code, title: row.title, hours: n(row.hours) })),
    moduleTotal: n(moduleHours(sheet)),
    hoursTheory: n(sheet.hoursTheory),
    hoursPractice: n(sheet.hoursPractice),
    hoursTotal: n(total),
    placementLines,
    tasks: sheet.placement.tasks,
    licence: sheet.licence === 'all-rights-reserved' ? t.allRightsReserved : sheet.licence,
    permalink,
  }
}

export type Printed = ReturnType<typeof printed>
