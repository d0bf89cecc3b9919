import type { Locale } from '../locale'

/**
 * The public site's words. Each area of the site keeps its own file of `{ fa, en }` pairs next to this one
 * (common.ts, and one per area), so every string is written once in each language and looked up by key.
 */
export type Pair = { fa: string; en: string }

export const pair = (fa: string, en: string): Pair => ({ fa, en })

/** Picks one language from a table of pairs: `const t = pick(common, locale); t.search`. */
export const pick = <T extends Record<string, Pair>>(table: T, locale: Locale): { [K in keyof T]: string } =>
  Object.fromEntries(Object.entries(table).map(([key, value]) => [key, value[locale]])) as { [K in keyof T]: string }
