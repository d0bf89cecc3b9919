import { describe, expect, it } from 'vitest'

import { toSearchDocument } from '../../src/jobs/searchDocuments'
import { normalizeForSearch, searchWords } from '../../src/search/normalize'
import { createCorpus } from '../../scripts/bench/corpus'
import { buildQueries, queryKinds } from '../../scripts/bench/queries'
import { buildVocabulary } from '../../scripts/bench/vocabulary'

// The benchmark itself runs by hand (npm run bench:search); only its corpus generator runs here.

const firstRecords = (seed: number, count: number) => {
  const records = []
  for (const record of createCorpus({ n: 2_000, seed }).records()) {
    records.push(record)
    if (records.length === count) break
  }
  return records
}

describe('the benchmark corpus', () => {
  it('is the same for the same seed, and different for another', () => {
    expect(JSON.stringify(firstRecords(7, 60))).toBe(JSON.stringify(firstRecords(7, 60)))
    expect(JSON.stringify(firstRecords(8, 60))).not.toBe(JSON.stringify(firstRecords(7, 60)))
    const queries = (seed: number) => JSON.stringify(buildQueries(createCorpus({ n: 1_000, seed }), 20))
    expect(queries(7)).toBe(queries(7))
  })

  it('has a vocabulary of at least 30,000 words that stay distinct once normalized, with half-spaced compounds and English', () => {
    const vocabulary = buildVocabulary({ seed: 1 })
    const words = [...vocabulary.persian, ...vocabulary.english]
    expect(words.length).toBeGreaterThanOrEqual(30_000)
    expect(new Set(words.map(normalizeForSearch)).size).toBe(words.length)
    expect(vocabulary.persian.filter((word) => word.includes('\u200C')).length).toBeGreaterThan(1_000)
    expect(vocabulary.persian).toEqual(expect.arrayContaining(['کارآموزی', 'قالی‌بافی', 'زنبورداری', 'تسهیلگر', 'سرپرست', 'خانوار']))
    expect(vocabulary.english.length).toBeGreaterThan(1_000)
  })

  it('uses its words with Zipf-like frequencies: a few very common, a long tail of rare ones', () => {
    const counts = new Map<string, number>()
    let tokens = 0
    for (const record of firstRecords(1, 400)) {
      for (const word of searchWords(toSearchDocument(record.collection, record.doc).body.fa ?? '')) {
        counts.set(word.joined, (counts.get(word.joined) ?? 0) + 1)
        tokens += 1
      }
    }
    const byRank = [...counts.values()].sort((a, b) => b - a)
    // Frequency falls about as 1/rank: fit log(frequency) against log(rank) over ranks 10 to 1,000.
    const points = byRank.slice(9, 1_000).map((count, i) => [Math.log(i + 10), Math.log(count)] as const)
    const meanX = points.reduce((sum, [x]) => sum + x, 0) / points.length
    const meanY = points.reduce((sum, [, y]) => sum + y, 0) / points.length
    const slope =
      points.reduce((sum, [x, y]) => sum + (x - meanX) * (y - meanY), 0) / points.reduce((sum, [x]) => sum + (x - meanX) ** 2, 0)
    expect(slope).toBeGreaterThan(-1.4)
    expect(slope).toBeLessThan(-0.6)
    // The hundred commonest words carry a large share of the text; most words are rare.
    expect(byRank.slice(0, 100).reduce((sum, count) => sum + count, 0) / tokens).toBeGreaterThan(0.3)
    expect(byRank.filter((count) => count <= 2).length / byRank.length).toBeGreaterThan(0.4)
  })

  it('spreads records over the five types, the provinces, and both visibilities, with bodies of a few hundred words', () => {
    const records = firstRecords(1, 600)
    expect(new Set(records.map((record) => record.collection)).size).toBe(5)
    const documents = records.map((record) => toSearchDocument(record.collection, record.doc))
    expect(new Set(documents.flatMap((document) => document.provinces)).size).toBeGreaterThan(20)
    expect(documents.some((document) => document.visibility === 'members')).toBe(true)
    expect(documents.some((document) => document.title.en)).toBe(true)
    const knowledge = documents.filter((document) => document.type !== 'organizations')
    const meanWords = knowledge.reduce((sum, document) => sum + (document.body.fa ?? '').split(/\s+/).length, 0) / knowledge.length
    expect(meanWords).toBeGreaterThan(250)
    expect(meanWords).toBeLessThan(500)
    expect(Object.keys(buildQueries(createCorpus({ n: 2_000, seed: 1 }), 5))).toEqual([...queryKinds])
  })
})
