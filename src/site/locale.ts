import { notFound } from 'next/navigation'

import { defaultLocale, locales, type Locale } from '../i18n/locales'

export { defaultLocale, locales, type Locale }

/** The cookie that remembers a reader's language for the permanent links (`/lessons/12` → `/fa/lessons/12`). */
export const localeCookie = 'hamafza-locale'

export const isLocale = (value: unknown): value is Locale => typeof value === 'string' && (locales as readonly string[]).includes(value)

export const direction = (locale: Locale): 'rtl' | 'ltr' => (locale === 'fa' ? 'rtl' : 'ltr')

/** The `[locale]` segment of a page, or a 404 for anything else (`/de/...`). */
export const pageLocale = async (params: Promise<{ locale: string }>): Promise<Locale> => {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  return locale
}

/** The other language, for the language switch. */
export const otherLocale = (locale: Locale): Locale => (locale === 'fa' ? 'en' : 'fa')
