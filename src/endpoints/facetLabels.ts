import type { CollectionSlug, Payload } from 'payload'

import { labels, type LabelKey } from '../i18n/labels'
import type { FacetCounts, FacetName } from '../search/port'

/** Where the names of each facet's values come from: a collection, or the labels file. */
const sources: Partial<Record<FacetName, { collection: CollectionSlug; field: string }>> = {
  province: { collection: 'provinces', field: 'name' },
  organization: { collection: 'organizations', field: 'name' },
  targetGroup: { collection: 'target-groups', field: 'name' },
  stage: { collection: 'process-stages', field: 'name' },
  topic: { collection: 'topics', field: 'name' },
  fundingInstrument: { collection: 'funding-instruments', field: 'name' },
}

const fixed: Record<string, LabelKey> = {
  'case-studies': 'caseStudies',
  lessons: 'lessons',
  'best-practices': 'bestPractices',
  curricula: 'curricula',
  organizations: 'organizations',
  success: 'outcomeSuccess',
  failure: 'outcomeFailure',
  mixed: 'outcomeMixed',
}

export type FacetValue = { value: string; label: string; count: number }

/** Facet counts as a reader sees them: each value with its name in the reader's language, largest first. */
export const labelFacets = async (payload: Payload, counts: FacetCounts, locale: 'fa' | 'en') => {
  const out: Partial<Record<FacetName, FacetValue[]>> = {}
  await Promise.all(
    (Object.entries(counts) as [FacetName, Record<string, number>][]).map(async ([facet, values]) => {
      const ids = Object.keys(values)
      const names = new Map<string, string>()
      const source = sources[facet]
      if (source && ids.length) {
        const { docs } = await payload.find({
          collection: source.collection,
          where: { id: { in: ids } },
          locale,
          depth: 0,
          limit: ids.length,
          pagination: false,
          overrideAccess: true,
        })
        for (const doc of docs) names.set(String(doc.id), String((doc as unknown as Record<string, unknown>)[source.field] ?? doc.id))
      }
      out[facet] = ids
        .map((value) => ({
          value,
          label: names.get(value) ?? (fixed[value] ? labels[fixed[value]][locale] : locale === 'fa' && facet === 'year' ? new Intl.NumberFormat('fa-IR', { useGrouping: false }).format(Number(value)) : value),
          count: values[value]!,
        }))
        .sort((a, b) => b.count - a.count || a.label.localeCompare(b.label, locale))
    }),
  )
  return out
}
