import { localDigits } from '../curricula/edition'
import type { Locale } from './locale'

/** A curriculum edition in the reader's digits: "۲٫۰" in Persian, "2.0" in English. */
export const editionText = (edition: string, locale: Locale): string => localDigits(edition, locale)
