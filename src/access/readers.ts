import type { Where } from 'payload'

import { hasRole, organizationIDs, provinceIDs, type NetworkUser } from './roles'

/**
 * Who may read a record that belongs to documents (a file they show, the review trail they leave), as words
 * kept on the record and matched against the reader's own: visitors, signed-in members, an NGO's editors,
 * reviewers, and the coordinators of a province. Ids stay opaque.
 */
export const readerWords = {
  visitors: 'public',
  members: 'members',
  editorsOf: (organization: number | string) => `org:${organization}`,
  reviewers: 'review',
  coordinatorsOf: (province: number | string) => `review:${province}`,
} as const

/** The words a reader carries: a record is theirs to read when it holds one of them. */
export const wordsOf = (user: NetworkUser | null | undefined): string[] => {
  if (!user) return [readerWords.visitors]
  const words: string[] = [readerWords.visitors, readerWords.members]
  if (hasRole(user, 'editor')) words.push(...organizationIDs(user).map(readerWords.editorsOf))
  if (hasRole(user, 'reviewer')) words.push(readerWords.reviewers)
  if (hasRole(user, 'coordinator')) words.push(...provinceIDs(user).map(readerWords.coordinatorsOf))
  return words
}

/**
 * Words are kept as one text, each between spaces (" members org:3 "), so that a rule finds them with
 * `contains` in every database, in lists and inside Payload's joins alike (a list of texts is not found there).
 */
export const asWordText = (words: Iterable<string>): string => {
  const sorted = [...new Set(words)].sort()
  return sorted.length ? ` ${sorted.join(' ')} ` : ''
}

export const wordsIn = (text: null | string | undefined): string[] => (text ?? '').split(' ').filter(Boolean)

/** The records whose `field` holds one of `words`. */
export const holdsAnyOf = (field: string, words: string[]): Where =>
  words.length === 1 ? { [field]: { contains: ` ${words[0]} ` } } : { or: words.map((word) => ({ [field]: { contains: ` ${word} ` } })) }
