import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { SearchDocument, SearchEngine } from '../../src/search/port'
import type { ContractEngine } from './contract'

/**
 * Persian writers join, half-space or space the same compound at will. Each compound below is indexed in
 * all three spellings, one document each, and asked for in all three: every spelling finds all three.
 */
const compounds: [string, string][] = [
  ['توانمند', 'سازی'],
  ['سواد', 'مالی'],
  ['کار', 'آفرینی'],
  ['مهارت', 'آموزی'],
  ['خود', 'اشتغالی'],
  ['دانش', 'آموخته'],
  ['تصمیم', 'گیری'],
  ['برنامه', 'ریزی'],
  ['سرمایه', 'گذاری'],
  ['مسئولیت', 'پذیری'],
  ['جامعه', 'پذیری'],
  ['اشتغال', 'زایی'],
  ['ظرفیت', 'سازی'],
  ['نیاز', 'سنجی'],
  ['هم', 'افزایی'],
  ['پاسخ', 'گویی'],
  ['آینده', 'نگری'],
  ['خانه', 'داری'],
  ['زنبور', 'داری'],
  ['قالی', 'بافی'],
  ['کار', 'یابی'],
  ['دست', 'ساز'],
  ['بازار', 'یابی'],
  ['هوش', 'مندی'],
  ['روان', 'شناسی'],
  ['جامعه', 'شناسی'],
  ['پیش', 'بینی'],
  ['نظر', 'سنجی'],
  ['گردش', 'گری'],
  ['کم', 'توان'],
  ['دام', 'پروری'],
  ['آب', 'خیزداری'],
]

const spellings = {
  joined: ([first, second]: [string, string]) => `${first}${second}`,
  halfSpaced: ([first, second]: [string, string]) => `${first}\u200C${second}`,
  spaced: ([first, second]: [string, string]) => `${first} ${second}`,
} as const
type Spelling = keyof typeof spellings

const documentOf = (id: string, title: string): SearchDocument => ({
  id,
  type: 'lessons',
  title: { fa: title },
  summary: {},
  body: {},
  outcome: null,
  organization: null,
  provinces: [],
  targetGroups: [],
  stages: [],
  topics: [],
  fundingInstruments: [],
  year: null,
  visibility: 'public',
  url: `/${id.replace(':', '/')}`,
  publishedAt: Date.parse('2024-01-01T08:00:00Z'),
  updatedAt: Date.parse('2024-01-01T08:00:00Z'),
})

const spellingIds = Object.keys(spellings) as Spelling[]
const idOf = (compound: number, spelling: Spelling) => `lessons:${compound * 10 + spellingIds.indexOf(spelling) + 1}`
const documents = compounds.flatMap((compound, n) => spellingIds.map((spelling) => documentOf(idOf(n, spelling), spellings[spelling](compound))))
// The readers' own example: a compound of three pieces, written half joined, asked for spaced.
const selfConfidence = documentOf('lessons:1000', 'اعتمادبه‌نفس')

export const describeCompoundContract = (name: string, makeEngine: () => Promise<ContractEngine>) => {
  describe(`compound words on the ${name} search engine`, () => {
    let made: ContractEngine
    let engine: SearchEngine
    const ids = async (q: string) => (await engine.search({ q, limit: 20 })).hits.map((hit) => hit.id)

    beforeAll(async () => {
      made = await makeEngine()
      engine = made.engine
      await engine.clear()
      await engine.upsert([...documents, selfConfidence])
    })
    afterAll(async () => {
      await made?.dispose()
    })

    it.each(compounds.map((compound, n) => [spellings.halfSpaced(compound), n] as const))('finds «%s» joined, half-spaced or spaced, whichever way it was asked for', async (_, n) => {
      const expected = new Set(spellingIds.map((spelling) => idOf(n, spelling)))
      for (const spelling of spellingIds) {
        const q = `${spellings[spelling](compounds[n]!)} `
        expect(new Set(await ids(q)), `${spelling}: ${q}`).toEqual(expected)
      }
    })

    it('ranks the spelling asked for above the other ways of writing it', async () => {
      // «سوادمالی» as asked is in the joined and the half-spaced document (indexed joined too); the spaced one matches split.
      expect((await ids('سوادمالی ')).at(-1)).toBe(idOf(1, 'spaced'))
      // «توانمند سازی» as asked is in the spaced and the half-spaced document (indexed in pieces too); the joined one matches joined.
      expect((await ids('توانمند سازی ')).at(-1)).toBe(idOf(0, 'joined'))
    })

    it('finds a compound of three pieces written half joined when it is asked for spaced', async () => {
      expect(await ids('اعتماد به نفس ')).toEqual([selfConfidence.id])
    })

    it('joins no more than it must: two words that are not one compound still both have to match', async () => {
      expect(await ids('سواد سازی ')).toEqual([])
    })
  })
}
