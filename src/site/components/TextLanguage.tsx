import type { ReactNode } from 'react'

import { direction, type Locale } from '../locale'

const persianLetters = /[\u0600-\u06FF]/
const latinLetters = /[A-Za-z]/

/**
 * The language a piece of text is written in, when it is not the page's: a Persian title on an English page
 * (the fallback of a record not yet translated) or an English name on a Persian page. Returns the lang and
 * dir attributes to put on it, or nothing when the text is in the page's language.
 */
export const textLanguage = (text: string | null | undefined, locale: Locale): { lang?: Locale; dir?: 'rtl' | 'ltr' } => {
  if (!text) return {}
  const persian = persianLetters.test(text)
  if (locale === 'en' && persian) return { lang: 'fa', dir: direction('fa') }
  if (locale === 'fa' && !persian && latinLetters.test(text)) return { lang: 'en', dir: direction('en') }
  return {}
}

/** A span (or another element) that marks its text's language when it differs from the page's. */
export function InLanguage({
  text,
  locale,
  as: Tag = 'span',
  className,
  children,
}: {
  text: string | null | undefined
  locale: Locale
  as?: 'span' | 'p' | 'h1' | 'h2' | 'h3' | 'div' | 'strong'
  className?: string
  children?: ReactNode
}) {
  return (
    <Tag className={className} {...textLanguage(text, locale)}>
      {children ?? text}
    </Tag>
  )
}
