import { describe, expect, it } from 'vitest'

import type { MatchableItem } from './matching'
import { rankMatches } from './matching'

const item = (id: number, extra: Partial<MatchableItem>): MatchableItem => ({
  id,
  direction: 'need',
  kind: 'jobFacilitator',
  status: 'open',
  organization: 'omid',
  provinces: [],
  targetGroups: [],
  stages: [],
  ...extra,
})

const offer = item(1, { direction: 'offer', organization: 'roshan', provinces: ['tehran', 'fars'], targetGroups: ['women'], stages: ['placement'] })

describe('matching an offer with needs', () => {
  it('ranks needs sharing a province above those sharing only target groups or stages, and leaves out what does not fit', () => {
    const candidates = [
      item(2, { stages: ['placement'], updatedAt: '2026-01-01' }),
      item(3, { provinces: ['fars'], updatedAt: '2026-01-01' }),
      item(4, { targetGroups: ['women'], stages: ['placement'], updatedAt: '2026-01-01' }),
      item(5, { provinces: ['tehran'], targetGroups: ['women'], status: 'inDiscussion' }),
      item(6, { kind: 'trainer', provinces: ['tehran'] }), // another kind
      item(7, { direction: 'offer', organization: 'omid', provinces: ['tehran'] }), // same direction
      item(8, { organization: 'roshan', provinces: ['tehran'] }), // the offer's own NGO
      item(9, { provinces: ['tehran'], status: 'fulfilled' }), // closed
      item(10, { provinces: ['tehran'], status: 'expired' }),
      item(11, { provinces: ['isfahan'], targetGroups: ['youth'] }), // nothing shared
    ]
    const ranked = rankMatches(offer, candidates)
    expect(ranked.map((match) => match.item.id)).toEqual([5, 3, 4, 2])
    expect(ranked[0]!.shared).toEqual({ provinces: 1, targetGroups: 1, stages: 0 })
  })

  it('prefers an open need to one already in discussion when they share as much, and the newer when all else is equal', () => {
    const ranked = rankMatches(offer, [
      item(2, { provinces: ['fars'], status: 'inDiscussion', updatedAt: '2026-03-01' }),
      item(3, { provinces: ['fars'], updatedAt: '2026-01-01' }),
      item(4, { provinces: ['fars'], updatedAt: '2026-02-01' }),
    ])
    expect(ranked.map((match) => match.item.id)).toEqual([4, 3, 2])
  })

  it('matches a need with offers the same way, ids compared as text whatever their type', () => {
    const need = item(1, { provinces: [3], organization: 7 })
    const ranked = rankMatches(need, [item(2, { direction: 'offer', provinces: ['3'], organization: '8' }), item(3, { direction: 'offer', provinces: ['3'], organization: '7' })])
    expect(ranked.map((match) => match.item.id)).toEqual([2])
  })
})
