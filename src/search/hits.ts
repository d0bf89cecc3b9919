import { highlightText, type WordMatcher } from './highlight'
import type { HighlightedText, HitHighlights, SearchDocument, SearchHit, SearchLocale } from './port'
import { searchLocales } from './port'
import { searchSettings, type SearchSettings } from './settings'

/**
 * Turns a stored document into what a reader sees: title and summary in their locale (or the other one
 * when missing) and, when asked, the original text of each field with its matches marked.
 */

const otherLocale = (locale: SearchLocale): SearchLocale => searchLocales.find((l) => l !== locale) ?? locale

const textIn = (field: SearchDocument['title'], locale: SearchLocale): string => field[locale]?.trim() ?? ''

/** An engine's own index text for the long fields, when it has it at hand: it spares folding the original. */
export type IndexedFields = Partial<Record<'summary' | 'body', Partial<Record<SearchLocale, string>>>>

/** The locale to show a field in: the reader's if it has matches there, else one that has, else the reader's. */
const highlightField = (
  field: SearchDocument['title'],
  preferred: SearchLocale,
  matcher: WordMatcher,
  cropWords: number,
  scanChars: number,
  indexed: Partial<Record<SearchLocale, string>> | undefined,
): HighlightedText | undefined => {
  const order = [preferred, otherLocale(preferred)].filter((locale) => textIn(field, locale) !== '')
  let fallback: HighlightedText | undefined
  for (const locale of order) {
    const { html, segments, matches } = highlightText(textIn(field, locale), matcher, {
      cropWords,
      scanChars,
      indexed: indexed?.[locale],
    })
    const highlighted = { locale, html, segments }
    if (matches > 0) return highlighted
    fallback ??= highlighted
  }
  return fallback
}

export const toSearchHit = (
  document: SearchDocument,
  locale: SearchLocale,
  matcher: WordMatcher | null,
  settings: SearchSettings = searchSettings,
  indexed: IndexedFields = {},
): SearchHit => {
  const { title, summary, body: _body, ...rest } = document
  const shown = textIn(title, locale) !== '' ? locale : otherLocale(locale)
  const hit: SearchHit = {
    ...rest,
    title: textIn(title, shown),
    summary: textIn(summary, shown) || textIn(summary, otherLocale(shown)),
    locale: shown,
  }
  if (matcher) {
    const highlights: HitHighlights = {}
    const titleHighlight = textIn(title, shown) ? highlightText(textIn(title, shown), matcher) : undefined
    if (titleHighlight) highlights.title = { locale: shown, html: titleHighlight.html, segments: titleHighlight.segments }
    const summaryHighlight = highlightField(summary, shown, matcher, settings.snippetWords * 2, settings.highlightScanChars, indexed.summary)
    if (summaryHighlight) highlights.summary = summaryHighlight
    const bodyHighlight = highlightField(document.body, shown, matcher, settings.snippetWords, settings.highlightScanChars, indexed.body)
    if (bodyHighlight) highlights.body = bodyHighlight
    hit.highlights = highlights
  }
  return hit
}
