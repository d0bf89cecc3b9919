/** The languages a refusal is written in. */
export type Language = 'fa' | 'en'

/** The language of the request: the admin's choice (its cookie) or Accept-Language; Persian otherwise. */
export const requestLanguage = (req?: { i18n?: { language?: string } } | null): Language =>
  req?.i18n?.language === 'en' ? 'en' : 'fa'

export type Words<Args extends unknown[]> = Record<Language, (...args: Args) => string>
