import { MeilisearchRequestError, type Task } from 'meilisearch'
import { describe, expect, it } from 'vitest'

import { SearchQueryError, SearchTaskFailedError, SearchUnavailableError } from '../../src/search/errors'
import { selectSearchEngine } from '../../src/search/index'
import { documentKey, facetTagsField, normalizedFieldNames, toMeilisearchDocument } from '../../src/search/meilisearch/documents'
import { MeilisearchEngine } from '../../src/search/meilisearch/engine'
import { requireSuccess, translateFailure } from '../../src/search/meilisearch/failures'
import { filterExpression, markedWords, markEnd, markStart, meilisearchQuery } from '../../src/search/meilisearch/searchParams'
import { meilisearchSettings } from '../../src/search/meilisearch/settings'
import { parseSearchRequest } from '../../src/search/query'
import { searchSettings } from '../../src/search/settings'
import { womenSkills } from './fixtures'

/** The Meilisearch adapter's translations, checked without a server (the contract needs one). */

describe('choosing a search engine', () => {
  it('uses the embedded engine unless MEILISEARCH_URL is set', () => {
    expect(selectSearchEngine({}).name).toBe('embedded')
    expect(selectSearchEngine({ MEILISEARCH_URL: '  ' }).name).toBe('embedded')
    expect(selectSearchEngine({ MEILISEARCH_URL: 'http://127.0.0.1:7700' }).name).toBe('meilisearch')
  })
})

describe('documents for Meilisearch', () => {
  it('turns ids into keys Meilisearch accepts, without two ids sharing a key', () => {
    const ids = ['case-studies:12', 'case-studies_3a12', 'lessons:۱', 'a b']
    const keys = ids.map(documentKey)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]+$/)
    expect(new Set(keys).size).toBe(ids.length)
    expect(documentKey('case-studies:12')).toBe('case-studies_3a12')
  })

  it('carries Hamafza-normalized text beside the original', () => {
    const doc = toMeilisearchDocument(womenSkills)
    expect(doc.norm_title_fa).toBe('اموزش مهارتهای مهارت های فنی به زنان سرپرست خانوار')
    expect(doc.title).toEqual(womenSkills.title)
    expect(doc.key).toBe('case-studies_3a1')
  })
})

describe('Meilisearch index settings', () => {
  const settings = meilisearchSettings(searchSettings)

  it('searches only the normalized fields, titles first, then the facet tags that outcome words find', () => {
    expect(settings.searchableAttributes?.[0]).toBe('norm_title_fa')
    expect(settings.searchableAttributes).toEqual([...normalizedFieldNames, facetTagsField])
  })

  it('names every normalized field in full for its locale, and allows the same typos as the embedded engine', () => {
    expect(settings.localizedAttributes).toEqual([{ attributePatterns: [...normalizedFieldNames, facetTagsField], locales: ['eng'] }])
    expect(settings.typoTolerance?.minWordSizeForTypos).toEqual({ oneTypo: 4, twoTypos: 8 })
  })

  it('sorts strictly by date when asked, and by relevance otherwise', () => {
    expect(settings.rankingRules?.[0]).toBe('sort')
  })

  it('can filter on every facet and sort by date', () => {
    expect(settings.filterableAttributes).toEqual(
      expect.arrayContaining(['type', 'provinces', 'targetGroups', 'stages', 'topics', 'year', 'visibility']),
    )
    expect(settings.sortableAttributes).toContain('publishedAt')
  })
})

describe('Meilisearch search parameters', () => {
  it('writes filters with quoted values, ORs within a facet and ANDs across', () => {
    const { filters } = parseSearchRequest({ filters: { province: ['tehran', 'a "b"'], year: [2020], visibility: ['public'] } })
    expect(filterExpression(filters)).toBe('provinces IN ["tehran", "a \\"b\\""] AND year IN [2020] AND visibility IN ["public"]')
  })

  it('sends the normalized query, with a trailing space once the last word is complete', () => {
    expect(meilisearchQuery(parseSearchRequest({ q: 'كاريابي جوا' }))).toBe('کاریابی جوا')
    expect(meilisearchQuery(parseSearchRequest({ q: 'كاريابي جوانان ' }))).toBe('کاریابی جوانان ')
  })

  it('reads whole words out of Meilisearch’s marks, prefixes included', () => {
    const formatted = { norm_title_fa: `برنامه ${markStart}کاراف${markEnd}رینی و ${markStart}کاریابی${markEnd}`, title: 'x' }
    expect(markedWords(formatted)).toEqual(new Set(['کارافرینی', 'کاریابی']))
  })
})

describe('Meilisearch failures', () => {
  it('reports an unreachable server as unavailable', () => {
    const error = translateFailure(new MeilisearchRequestError('http://x', new Error('ECONNREFUSED')), 'searching')
    expect(error).toBeInstanceOf(SearchUnavailableError)
  })

  it('reports a failed task as a failed task', () => {
    const task = { uid: 7, status: 'failed', error: { code: 'invalid_document_id', message: 'bad id', type: 'invalid_request', link: '' } }
    expect(() => requireSuccess(task as unknown as Task, 'indexing')).toThrow(SearchTaskFailedError)
    expect(requireSuccess({ ...task, error: { ...task.error, code: 'index_already_exists' } } as unknown as Task, 'creating', ['index_already_exists'])).toBeTruthy()
  })

  it('refuses bad requests before any network call', async () => {
    const engine = new MeilisearchEngine({ url: 'http://127.0.0.1:9' })
    await expect(engine.search({ q: 'کار\u0000' })).rejects.toBeInstanceOf(SearchQueryError)
  })

  it('cannot start against a closed port, and its health says so', async () => {
    const engine = new MeilisearchEngine({ url: 'http://127.0.0.1:9' })
    await expect(engine.init()).rejects.toBeInstanceOf(SearchUnavailableError)
    expect(await engine.health()).toMatchObject({ ok: false, engine: 'meilisearch' })
  })
})
