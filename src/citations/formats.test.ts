import { describe, expect, it } from 'vitest'

import { bibtexText, toBibtex } from './bibtex'
import type { Citation } from './citation'
import { toCslJson } from './csl'
import { toRis } from './ris'

const caseStudy: Citation = {
  key: 'hamafza-case-studies-12-v3',
  kind: 'report',
  genre: 'مطالعه موردی',
  title: 'کارگاه فرش دستباف در روستاهای کاشان',
  author: 'انجمن روشن',
  publisher: 'هم‌افزا',
  issued: '2024-05-17',
  version: '3',
  url: 'https://hamafza.example/case-studies/12/editions/40',
  language: 'fa',
  abstract: 'هجده زن\nدر کارگاه خانگی به کار رسیدند.',
  keywords: ['صنایع دستی', 'اشتغال زنان'],
  note: 'سال انتشار به تقویم خورشیدی: ۱۴۰۳',
  accessed: '2026-12-06',
}

const curriculum: Citation = {
  key: 'hamafza-curricula-7-v2',
  kind: 'curriculum',
  genre: 'Standard curriculum',
  title: 'Soft skills for job readiness',
  author: 'Roshan Association',
  publisher: 'Hamafza',
  issued: '2025-01-03',
  edition: '2.0',
  number: 'SOFT-01',
  url: 'https://hamafza.example/curricula/7/editions/9',
  language: 'en',
  keywords: [],
}

/** The title no file may break on: a closing brace, a percent sign (a TeX comment), quotes and the rest of TeX's specials. */
const hostileTitle = 'Wages } 50% "paid" & {more} #1 $2 a_b ~ ^ \\end'

/**
 * A small, strict reader of one BibTeX entry: fields delimited by balanced braces, where a brace escaped with a
 * backslash does not count. It fails on any entry whose braces do not balance, as BibTeX would.
 */
const readBibtex = (text: string): { type: string; key: string; fields: Record<string, string> } => {
  const head = /^@(\w+)\{([A-Za-z0-9-]+),\n/.exec(text)
  if (!head) throw new Error(`No entry head in ${text}`)
  const fields: Record<string, string> = {}
  let at = head[0].length
  for (;;) {
    const name = /^ {2}(\w+) = \{/.exec(text.slice(at))
    if (!name) break
    at += name[0].length
    let depth = 1
    let value = ''
    while (depth > 0) {
      const char = text[at]
      if (char === undefined) throw new Error(`Unbalanced braces in ${name[1]}`)
      if (char === '\\') {
        value += char + text[at + 1]
        at += 2
        continue
      }
      if (char === '{') depth++
      if (char === '}') depth--
      if (depth > 0) value += char
      at++
    }
    fields[name[1]!] = value
    if (text[at] === ',') at++
    if (text[at] === '\n') at++
  }
  if (text.slice(at) !== '}\n') throw new Error(`Unexpected text after the fields: ${text.slice(at)}`)
  return { type: head[1]!, key: head[2]!, fields }
}

/** What TeX prints for an escaped field. */
const unescapeTex = (value: string) =>
  value
    .replace(/\\textbackslash\{\}/g, '\u0000')
    .replace(/\\textasciitilde\{\}/g, '~')
    .replace(/\\textasciicircum\{\}/g, '^')
    .replace(/\\([{}%&$#_])/g, '$1')
    .replace(/\u0000/g, '\\')

/** RIS as tag and value pairs, checking every line's shape on the way. */
const readRis = (text: string): [string, string][] => {
  expect(text.endsWith('\r\n')).toBe(true)
  const lines = text.slice(0, -2).split('\r\n')
  for (const line of lines) expect(line).toMatch(/^[A-Z][A-Z0-9] {2}- /)
  return lines.map((line) => [line.slice(0, 2), line.slice(6)])
}

describe('BibTeX citations', () => {
  it('cites a Persian case study as a technical report by its NGO, in UTF-8, with the Jalali year as a note', () => {
    const entry = readBibtex(toBibtex(caseStudy))
    expect(entry.type).toBe('techreport')
    expect(entry.key).toBe('hamafza-case-studies-12-v3')
    expect(entry.fields).toMatchObject({
      title: 'کارگاه فرش دستباف در روستاهای کاشان',
      // Double braces: the institution is one name, not a family name "روشن" with a given name "انجمن".
      author: '{انجمن روشن}',
      institution: '{انجمن روشن}',
      type: 'مطالعه موردی',
      version: '3',
      year: '2024',
      month: '5',
      date: '2024-05-17',
      publisher: 'هم‌افزا',
      url: 'https://hamafza.example/case-studies/12/editions/40',
      urldate: '2026-12-06',
      langid: 'persian',
      abstract: 'هجده زن در کارگاه خانگی به کار رسیدند.',
      keywords: 'صنایع دستی, اشتغال زنان',
      note: 'سال انتشار به تقویم خورشیدی: ۱۴۰۳',
    })
    // The zero-width non-joiner of هم‌افزا is kept, not dropped or escaped.
    expect(toBibtex(caseStudy)).toContain('هم\u200cافزا')
  })

  it('cites a curriculum as a manual with its edition and code', () => {
    const entry = readBibtex(toBibtex(curriculum))
    expect(entry.type).toBe('manual')
    expect(entry.fields).toMatchObject({ organization: '{Roshan Association}', edition: '2.0', number: 'SOFT-01', langid: 'english', year: '2025' })
    expect(entry.fields).not.toHaveProperty('version')
    expect(entry.fields).not.toHaveProperty('keywords')
    expect(entry.fields).not.toHaveProperty('urldate')
  })

  it('escapes a title with a closing brace, a percent sign and quotes so the entry still balances and prints the title', () => {
    const text = toBibtex({ ...caseStudy, title: hostileTitle, author: 'Omid & Co {Tehran}' })
    const entry = readBibtex(text)
    expect(entry.fields.title).toBe('Wages \\} 50\\% "paid" \\& \\{more\\} \\#1 \\$2 a\\_b \\textasciitilde{} \\textasciicircum{} \\textbackslash{}end')
    expect(unescapeTex(entry.fields.title!)).toBe(hostileTitle)
    expect(unescapeTex(entry.fields.author!.slice(1, -1))).toBe('Omid & Co {Tehran}')
    // No unescaped % is left to start a TeX comment.
    expect(text).not.toMatch(/(^|[^\\])%/m)
  })

  it('escapes each special character once, and leaves Persian text alone', () => {
    expect(bibtexText('\\{}')).toBe('\\textbackslash{}\\{\\}')
    expect(bibtexText('۵۰٪ «زنان»')).toBe('۵۰٪ «زنان»')
  })
})

describe('RIS citations', () => {
  it('writes a Persian case study as a report record with CRLF lines, the NGO as one author, and ends it with ER', () => {
    const tags = readRis(toRis(caseStudy))
    expect(tags[0]).toEqual(['TY', 'RPRT'])
    expect(tags.at(-1)).toEqual(['ER', ''])
    const one = (tag: string) => tags.filter(([name]) => name === tag).map(([, value]) => value)
    expect(one('TI')).toEqual(['کارگاه فرش دستباف در روستاهای کاشان'])
    expect(one('AU')).toEqual(['انجمن روشن'])
    expect(one('PY')).toEqual(['2024'])
    expect(one('DA')).toEqual(['2024/05/17/'])
    expect(one('ET')).toEqual(['3'])
    expect(one('PB')).toEqual(['هم‌افزا'])
    expect(one('UR')).toEqual(['https://hamafza.example/case-studies/12/editions/40'])
    expect(one('LA')).toEqual(['fa'])
    expect(one('Y2')).toEqual(['2026/12/06/'])
    expect(one('KW')).toEqual(['صنایع دستی', 'اشتغال زنان'])
    // A line break in the abstract would start a line RIS cannot read.
    expect(one('AB')).toEqual(['هجده زن در کارگاه خانگی به کار رسیدند.'])
    expect(one('N1')).toEqual(['سال انتشار به تقویم خورشیدی: ۱۴۰۳'])
  })

  it('writes a curriculum as a book with its edition, and a hostile title as it is', () => {
    const tags = readRis(toRis({ ...curriculum, title: hostileTitle }))
    expect(tags[0]).toEqual(['TY', 'BOOK'])
    expect(tags).toContainEqual(['TI', hostileTitle])
    expect(tags).toContainEqual(['ET', '2.0'])
    expect(tags).toContainEqual(['M1', 'SOFT-01'])
    expect(tags.some(([tag]) => tag === 'KW' || tag === 'Y2')).toBe(false)
  })
})

describe('CSL-JSON citations', () => {
  it('gives one report item with the NGO as a literal name and the dates as date parts', () => {
    const items = JSON.parse(toCslJson(caseStudy)) as Record<string, unknown>[]
    expect(items).toHaveLength(1)
    expect(items[0]).toEqual({
      id: 'hamafza-case-studies-12-v3',
      type: 'report',
      title: 'کارگاه فرش دستباف در روستاهای کاشان',
      author: [{ literal: 'انجمن روشن' }],
      issued: { 'date-parts': [[2024, 5, 17]] },
      publisher: 'هم‌افزا',
      URL: 'https://hamafza.example/case-studies/12/editions/40',
      language: 'fa',
      genre: 'مطالعه موردی',
      version: '3',
      abstract: 'هجده زن در کارگاه خانگی به کار رسیدند.',
      keyword: 'صنایع دستی, اشتغال زنان',
      note: 'سال انتشار به تقویم خورشیدی: ۱۴۰۳',
      accessed: { 'date-parts': [[2026, 12, 6]] },
    })
  })

  it('gives a curriculum as a book with its edition, and keeps a hostile title whole', () => {
    const [item] = JSON.parse(toCslJson({ ...curriculum, title: hostileTitle })) as Record<string, unknown>[]
    expect(item).toMatchObject({ type: 'book', edition: '2.0', number: 'SOFT-01', title: hostileTitle, language: 'en' })
    expect(item).not.toHaveProperty('keyword')
  })
})
