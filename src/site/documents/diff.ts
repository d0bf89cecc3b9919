import { diffWords } from 'diff'

import type { Locale } from '../locale'
import type { FieldText } from './fields'

export type DiffPart = { kind: 'same' | 'added' | 'removed'; text: string }

export type FieldDiff = { key: string; label: string; parts: DiffPart[] }

/**
 * Word by word, in the text's own language: Intl.Segmenter finds the words, so Persian words joined by a
 * zero-width non-joiner (می‌کنند) stay whole and punctuation is a token of its own.
 */
export const diffText = (before: string, after: string, locale: Locale): DiffPart[] =>
  diffWords(before, after, { intlSegmenter: new Intl.Segmenter(locale, { granularity: 'word' }) }).map((change) => ({
    kind: change.added ? 'added' : change.removed ? 'removed' : 'same',
    text: change.value,
  }))

/** The parts of two editions that differ, in the order of the later one, each as a word-level difference. */
export const diffFields = (before: FieldText[], after: FieldText[], locale: Locale): FieldDiff[] => {
  const previous = new Map(before.map((field) => [field.key, field]))
  const keys = [...after.map((field) => field.key), ...before.map((field) => field.key).filter((key) => !after.some((field) => field.key === key))]
  const current = new Map(after.map((field) => [field.key, field]))
  return keys.flatMap((key) => {
    const from = previous.get(key)?.text ?? ''
    const to = current.get(key)?.text ?? ''
    if (from === to) return []
    return [{ key, label: (current.get(key) ?? previous.get(key))!.label, parts: diffText(from, to, locale) }]
  })
}
