import type { Locale } from '../i18n/locales'

const persianLetters = /[\u0600-\u06FF]/
const latinLetters = /[A-Za-z]/

/**
 * The direction a piece of text runs in a document of `locale`: its own when it is written in the other language
 * (an untranslated field falls back to the other language), the document's otherwise.
 */
export const textDirection = (text: string, locale: Locale): 'rtl' | 'ltr' => {
  if (persianLetters.test(text)) return 'rtl'
  if (latinLetters.test(text)) return 'ltr'
  return locale === 'fa' ? 'rtl' : 'ltr'
}

/**
 * A right-to-left mark (zero width in Vazirmatn) in front of a right-to-left paragraph: it makes the paragraph run
 * right to left from its first letter even where @react-pdf loses the `direction` style (it did so in the page's
 * fixed footer), so a paragraph that starts with a code or an English word ("SOFT-01 …") stays right to left.
 */
export const rtlParagraph = (text: string): string => `\u200f${text}`
