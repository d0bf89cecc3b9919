import { describe, expect, it } from 'vitest'

import { diffFields, diffText } from './diff'

const joined = (parts: ReturnType<typeof diffText>, kind: 'added' | 'removed' | 'same') =>
  parts
    .filter((part) => part.kind === kind)
    .map((part) => part.text.trim())
    .join('|')

describe('word-level differences between editions', () => {
  it('marks a replaced Persian word as one removal and one insertion, keeping ZWNJ words whole', () => {
    const parts = diffText('هجده نفر اکنون کار می‌کنند.', 'نوزده نفر اکنون کار می‌کنند.', 'fa')
    expect(joined(parts, 'removed')).toBe('هجده')
    expect(joined(parts, 'added')).toBe('نوزده')
    expect(parts.map((part) => part.text).join('')).not.toBe('')
    // The unchanged words come back intact, including the one with a zero-width non-joiner.
    expect(parts.filter((part) => part.kind === 'same').some((part) => part.text.includes('می‌کنند'))).toBe(true)
  })

  it('rebuilds both texts from the parts', () => {
    const before = 'Eighteen now weave on a home loom.'
    const after = 'Nineteen now weave at home or in a workshop.'
    const parts = diffText(before, after, 'en')
    expect(parts.filter((part) => part.kind !== 'added').map((part) => part.text).join('')).toBe(before)
    expect(parts.filter((part) => part.kind !== 'removed').map((part) => part.text).join('')).toBe(after)
  })

  it('lists only the fields that changed, a field that appeared or vanished included', () => {
    const diffs = diffFields(
      [
        { key: 'title', label: 'Title', text: 'Same' },
        { key: 'summary', label: 'Summary', text: 'Old words' },
        { key: 'gone', label: 'Gone', text: 'Was here' },
      ],
      [
        { key: 'title', label: 'Title', text: 'Same' },
        { key: 'summary', label: 'Summary', text: 'New words' },
        { key: 'added', label: 'Added', text: 'Now here' },
      ],
      'en',
    )
    expect(diffs.map((diff) => diff.key)).toEqual(['summary', 'added', 'gone'])
    expect(joined(diffs[0]!.parts, 'removed')).toBe('Old')
    expect(joined(diffs[0]!.parts, 'added')).toBe('New')
    expect(joined(diffs[2]!.parts, 'removed')).toBe('Was here')
  })
})
