import { localDigits } from '../curricula/edition'
import { formatDate } from '../i18n/dates'
import { pick } from '../site/text'
import { downloads } from '../site/text/downloads'
import type { CurriculumSheet } from './sheet'

export { localDigits }

/** The words and facts every download names the edition by, in the sheet's language: cover, footer, README. */
export const printed = (sheet: CurriculumSheet, permalink: string) => {
  const t = pick(downloads, sheet.locale)
  return {
    t,
    title: sheet.title,
    code: sheet.code,
    edition: localDigits(sheet.edition, sheet.locale),
    date: formatDate(sheet.date, sheet.locale, 'long'),
    licence: sheet.licence === 'all-rights-reserved' ? t.allRightsReserved : sheet.licence,
    permalink,
  }
}

export type Printed = ReturnType<typeof printed>
