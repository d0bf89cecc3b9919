import type { Locale } from './locale'

/** An edition ("2.0") in the reader's digits: ۲٫۰ in Persian, with the Persian decimal separator. */
export const editionText = (edition: string, locale: Locale): string =>
  locale === 'fa' ? edition.replace(/\d/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!).replace('.', '٫') : edition
