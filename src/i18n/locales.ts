import type { LocalizationConfig } from 'payload'

export const locales = ['fa', 'en'] as const
export type Locale = (typeof locales)[number]
export const defaultLocale: Locale = 'fa'

export const localization: LocalizationConfig = {
  locales: [
    { code: 'fa', label: 'فارسی', rtl: true },
    { code: 'en', label: 'English' },
  ],
  defaultLocale,
  fallback: true,
}
