/**
 * The one rule for every address a document carries, in rich-text links and in URL fields alike:
 * http:, https:, mailto: and tel:, or an address on this site. Anything else (javascript:, data:,
 * vbscript:, file: …) could run code in a reader's browser or reach their own files.
 */

export const safeSchemes = ['http', 'https', 'mailto', 'tel'] as const
export type SafeScheme = (typeof safeSchemes)[number]

/** What a field accepts: a subset of the safe schemes, and whether an address on this site will do. */
export type UrlKinds = { schemes: readonly SafeScheme[]; siteRelative: boolean }

/** Links in rich text: every safe scheme, and pages of this site (`/fa/lessons/12`, `#results`). */
export const linkKinds: UrlKinds = { schemes: safeSchemes, siteRelative: true }
/** A website: a full web address only. */
export const webKinds: UrlKinds = { schemes: ['http', 'https'], siteRelative: false }

export type UrlProblem = 'empty' | 'tooLong' | 'hiddenCharacters' | 'scheme' | 'notAnAddress' | 'noHost'
export type UrlVerdict = { ok: true } | { ok: false; problem: UrlProblem; scheme?: string }

export const maxUrlLength = 2048

// Spaces, tabs, line breaks and control characters: browsers drop some of them, so `java\tscript:` runs.
const blankOrControl = /[\s\p{Cc}]/u
// Direction controls make an address read differently from what it is.
const directionControls = /[\u061C\u200E\u200F\u202A-\u202E\u2066-\u2069]/u
// Whatever a browser, or a later decoding step, might drop before it reads the scheme.
const invisible = /[\s\p{Cc}\p{Cf}]/gu
const schemeOf = (text: string) => /^([a-z][a-z0-9+.-]*):/.exec(text)?.[1]

const namedEntities: Record<string, string> = { colon: ':', tab: '\t', newline: '\n', sol: '/', bsol: '\\', amp: '&', num: '#', quest: '?', period: '.', lpar: '(', rpar: ')' }

/** Undoes HTML entities and percent escapes, again and again, as far as any reader of the address might. */
const decodeAll = (value: string): string => {
  let current = value
  for (let round = 0; round < 5; round++) {
    const next = current
      .replace(/&#x0*([0-9a-f]{1,6});?/gi, (_, hex: string) => String.fromCodePoint(Math.min(parseInt(hex, 16), 0x10ffff)))
      .replace(/&#0*(\d{1,7});?/g, (_, decimal: string) => String.fromCodePoint(Math.min(parseInt(decimal, 10), 0x10ffff)))
      .replace(/&([a-z]+);?/gi, (entity, name: string) => namedEntities[name.toLowerCase()] ?? entity)
      .replace(/%([0-9a-f]{2})/gi, (_, hex: string) => String.fromCharCode(parseInt(hex, 16)))
    if (next === current) break
    current = next
  }
  return current
}

/** The address as a browser would read its beginning: decoded, invisible characters gone, folded to ASCII where Unicode allows. */
const bare = (value: string) => decodeAll(value).replace(invisible, '').normalize('NFKC').toLowerCase()

const leavesSite = (text: string) => /^[/\\]{2}|^\/\\/.test(text)

/** Decides whether `value` is an address a document may carry, for a field that accepts `kinds`. */
export const checkUrl = (value: unknown, kinds: UrlKinds = linkKinds): UrlVerdict => {
  if (typeof value !== 'string' || value === '') return { ok: false, problem: 'empty' }
  if (value.length > maxUrlLength) return { ok: false, problem: 'tooLong' }
  if (blankOrControl.test(value) || directionControls.test(value)) return { ok: false, problem: 'hiddenCharacters' }

  const decoded = bare(value)
  const hidden = schemeOf(decoded)
  if (hidden && !(kinds.schemes as readonly string[]).includes(hidden)) return { ok: false, problem: 'scheme', scheme: hidden }

  const scheme = schemeOf(value.toLowerCase())
  if (!scheme) {
    // No scheme: a page of this site, and nothing that a browser would take for another site.
    const onSite = /^[/#?]/.test(value) && !leavesSite(value) && !leavesSite(decoded)
    return kinds.siteRelative && onSite ? { ok: true } : { ok: false, problem: 'notAnAddress' }
  }
  if (!(kinds.schemes as readonly string[]).includes(scheme)) return { ok: false, problem: 'scheme', scheme }
  if (scheme === 'http' || scheme === 'https') {
    if (!/^https?:\/\//i.test(value)) return { ok: false, problem: 'notAnAddress' }
    try {
      if (!new URL(value).hostname) return { ok: false, problem: 'noHost' }
    } catch {
      return { ok: false, problem: 'noHost' }
    }
    return { ok: true }
  }
  // mailto: and tel: need something to write to or call.
  const rest = value.slice(scheme.length + 1)
  const usable = scheme === 'tel' ? /\d/.test(decodeAll(rest)) : /\S@\S/.test(decodeAll(rest))
  return usable ? { ok: true } : { ok: false, problem: 'notAnAddress' }
}
