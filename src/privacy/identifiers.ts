import type { IdentifierKind } from '../i18n/privacyMessages'
import { digitZeros } from '../search/persianText'
import { publicMailDomains, publicMailFamilies, roleMailboxes } from './mailboxes'

/**
 * Finds what looks like a person's identifier in text: an Iranian national ID (کد ملی), an Iranian mobile
 * number, or a personal e-mail address, in Persian, Arabic-Indic or Latin digits, with the separators people
 * type between digits. Each match keeps the text exactly as written and a canonical value, so that one
 * number written two ways is one identifier.
 */

export type IdentifierMatch = {
  kind: IdentifierKind
  /** As written in the text. */
  text: string
  /** Latin digits, no separators, a mobile as 09…; an e-mail address in lower case. */
  value: string
  start: number
  end: number
}

/** What tells a personal address from an organization's: the domains of the document's own NGO. */
export type MailContext = { organizationDomains?: readonly string[] }

// Persian and Arabic-Indic digits, and the spaces and dashes typed between digits, become one ASCII
// character each, so that the folded text has the original's offsets.
const dashes = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/
const separators = /[\s\u200B-\u200F\u202A-\u202E\u2066-\u2069\u061C\u00AD\u0640]/

const foldChar = (char: string): string => {
  const code = char.charCodeAt(0)
  const zero = digitZeros.find((z) => code >= z && code <= z + 9)
  if (zero !== undefined) return String(code - zero)
  if (code >= 0xff10 && code <= 0xff19) return String(code - 0xff10)
  if (dashes.test(char)) return '-'
  if (separators.test(char)) return ' '
  return char
}

/** The text with digits in Latin and separators plain, character for character (offsets kept). */
export const foldDigits = (text: string): string => {
  let out = ''
  for (let i = 0; i < text.length; i++) out += foldChar(text[i]!)
  return out
}

const digitsOf = (text: string) => foldDigits(text).replace(/\D/g, '')

/** The national ID check digit: weights 10…2 over the first nine digits; r = sum mod 11; r < 2 ? r : 11 − r. */
export const isValidNationalId = (candidate: string): boolean => {
  const digits = digitsOf(candidate)
  if (digits.length !== 10 || /^(\d)\1{9}$/.test(digits)) return false
  let sum = 0
  for (let i = 0; i < 9; i++) sum += Number(digits[i]) * (10 - i)
  const r = sum % 11
  return Number(digits[9]) === (r < 2 ? r : 11 - r)
}

// Up to three of these between two digits: «۰۹۱۲ ۳۴۵ ۶۷۸۹», «0912-345-6789», «(0912) 345 67 89».
const gap = '[ .\\-()]{0,3}'
const mobilePattern = new RegExp(`(?<![\\d+(])\\(?(?:(?:\\+|00)${gap}98${gap}(?:0${gap})?|0)9(?:${gap}\\d){9}(?!\\d)`, 'g')
// Ten digits in one run, or as printed on the card: ۱۲۳-۴۵۶۷۸۹-۰. Not part of a longer number or a decimal.
const nationalIdPattern = /(?<![\d.])(?:\d{10}|\d{3}-\d{6}-\d)(?!\d|\.\d)/g
const emailPattern = /(?<![\w.%+-])[a-z0-9][\w.%+-]{0,63}@(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])/gi

const mobileValue = (text: string) => `0${digitsOf(text).replace(/^(?:0098|98)?0?/, '')}`

const domainMatches = (domain: string, own: string) => domain === own || domain.endsWith(`.${own}`)

const isPublicMailDomain = (domain: string) => publicMailDomains.has(domain) || publicMailFamilies.has(domain.split('.')[0]!)

/** An address that reaches one person: not the NGO's own domain, and not a role address of an organization. */
export const isPersonalAddress = (address: string, { organizationDomains = [] }: MailContext = {}): boolean => {
  const at = address.lastIndexOf('@')
  const local = address.slice(0, at).toLowerCase().replace(/\+.*$/, '')
  const domain = address.slice(at + 1).toLowerCase()
  if (organizationDomains.some((own) => domainMatches(domain, own.toLowerCase()))) return false
  return isPublicMailDomain(domain) || !roleMailboxes.has(local)
}

/** The domains an NGO writes from: its website's host and its contact address's, unless that is a public mailbox. */
export const organizationMailDomains = (organization: { website?: null | string; contact?: null | { email?: null | string } } | null | undefined): string[] => {
  const domains: string[] = []
  try {
    if (organization?.website) domains.push(new URL(organization.website).hostname.replace(/^www\./, '').toLowerCase())
  } catch {
    // a malformed website names no domain
  }
  const email = organization?.contact?.email
  const domain = email?.includes('@') ? email.slice(email.lastIndexOf('@') + 1).toLowerCase() : ''
  if (domain && !isPublicMailDomain(domain)) domains.push(domain)
  return domains
}

const collect = (pattern: RegExp, folded: string, original: string, make: (text: string) => Omit<IdentifierMatch, 'text' | 'start' | 'end'> | null) => {
  const found: IdentifierMatch[] = []
  for (const match of folded.matchAll(pattern)) {
    const start = match.index
    // Separators the pattern allowed at the edges are not part of the identifier.
    const trimmed = match[0].replace(/[ .\-()]+$/, '')
    const end = start + trimmed.length
    const text = original.slice(start, end)
    const made = make(text)
    if (made) found.push({ ...made, text, start, end })
  }
  return found
}

/** Every identifier in `text`, in order of appearance; e-mail addresses only when personal. */
export const findIdentifiers = (text: string, context: MailContext = {}): IdentifierMatch[] => {
  const folded = foldDigits(text)
  const mobiles = collect(mobilePattern, folded, text, (t) => ({ kind: 'mobile', value: mobileValue(t) }))
  const ids = collect(nationalIdPattern, folded, text, (t) => (isValidNationalId(t) ? { kind: 'nationalId', value: digitsOf(t) } : null))
  const addresses = collect(emailPattern, folded, text, (t) => ({ kind: 'email', value: foldDigits(t).toLowerCase() }))
  // A number inside an e-mail address (ali.09121234567@…) belongs to the address: reported with it, or not at all.
  const inAddress = (m: IdentifierMatch) => addresses.some((a) => a.start <= m.start && m.end <= a.end)
  const personal = addresses.filter((a) => isPersonalAddress(a.value, context))
  return [...mobiles, ...ids].filter((m) => !inAddress(m)).concat(personal).sort((a, b) => a.start - b.start)
}

/** The canonical key of an identifier, as accepted matches are compared: kind and value. */
export const identifierKey = (match: Pick<IdentifierMatch, 'kind' | 'value'>) => `${match.kind}:${match.value}`

/** The canonical form of an identifier someone wrote down (an accepted match), or null when it is none. */
export const canonicalIdentifier = (text: string): Pick<IdentifierMatch, 'kind' | 'value'> | null => {
  const [match] = findIdentifiers(text, {}).filter((m) => m.text === text.trim())
  if (match) return { kind: match.kind, value: match.value }
  // A role or organization address accepted earlier is still an address.
  const folded = foldDigits(text.trim()).toLowerCase()
  return new RegExp(`^${emailPattern.source}$`, 'i').test(folded) ? { kind: 'email', value: folded } : null
}
