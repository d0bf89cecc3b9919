import type { CollectionSlug, Payload } from 'payload'

import { followChanges } from '../contentChanges/log'
import { changedSince, changeMark, type ChangeMark } from '../contentChanges/signal'
import { membersTag } from '../contentChanges/tags'
import { labels, type LabelKey } from '../i18n/labels'
import { isYearFacet, type FacetCounts, type FacetName, type YearFacet } from '../search/port'

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
  'offers-and-needs': 'offersAndNeeds',
  success: 'outcomeSuccess',
  failure: 'outcomeFailure',
  mixed: 'outcomeMixed',
  applied: 'practiceApplied',
}

export type FacetValue = { value: string; label: string; count: number }

/** The name of a value the labels file names (a type, an outcome, a practice), or null for a record's id. */
export const fixedLabel = (value: string, locale: 'fa' | 'en'): string | null => (fixed[value] ? labels[fixed[value]][locale] : null)

type Names = Map<string, string>

/**
 * Every name of a source collection in one locale, read once and kept: these are short lists
 * (provinces, topics, member NGOs) that change rarely, and reading them on each search cost more
 * than the search. A change to one of their records, in this process or another on the same
 * database, drops them (src/contentChanges/); the age limit covers changes no hook saw, and a value
 * not yet known reads them again.
 */
const maxAgeMs = 5 * 60_000
const retryUnknownAfterMs = 10_000
type Entry = { at: number; mark: ChangeMark; names: Promise<Names> }
const caches = new WeakMap<Payload, Map<string, Entry>>()

const readNames = async (payload: Payload, collection: CollectionSlug, field: string, locale: 'fa' | 'en'): Promise<Names> => {
  const { docs } = await payload.find({
    collection,
    locale,
    depth: 0,
    pagination: false,
    overrideAccess: true,
    select: { [field]: true },
  })
  return new Map(docs.map((doc) => [String(doc.id), String((doc as unknown as Record<string, unknown>)[field] ?? doc.id)]))
}

const namesOf = async (payload: Payload, collection: CollectionSlug, field: string, locale: 'fa' | 'en', ids: string[]) => {
  let cache = caches.get(payload)
  if (!cache) caches.set(payload, (cache = new Map()))
  const key = `${collection}:${locale}`
  await followChanges(payload)
  const now = Date.now()
  let entry = cache.get(key)
  if (entry && (now - entry.at >= maxAgeMs || changedSince([membersTag(collection)], entry.mark))) entry = undefined
  const load = () => {
    const fresh: Entry = { at: Date.now(), mark: changeMark(), names: readNames(payload, collection, field, locale) }
    fresh.names.catch(() => cache.delete(key))
    cache.set(key, fresh)
    return fresh
  }
  entry ??= load()
  const names = await entry.names
  // A value saved since the names were read (by another process, say): read them again, now and then.
  if (ids.some((id) => !names.has(id)) && now - entry.at >= retryUnknownAfterMs) return load().names
  return names
}

const yearFormat = new Intl.NumberFormat('fa-IR', { useGrouping: false })

/** A year in the reader's digits; one of the other calendar (from a shared address) says which it is. */
const yearLabel = (facet: YearFacet, value: string, locale: 'fa' | 'en'): string => {
  if (locale === 'en') return facet === 'jalaliYear' ? `${value} SH` : value
  const year = yearFormat.format(Number(value))
  return facet === 'year' ? `${year} میلادی` : year
}
const collators = { fa: new Intl.Collator('fa'), en: new Intl.Collator('en') }

/** Facet counts as a reader sees them: each value with its name in the reader's language, largest first. */
export const labelFacets = async (payload: Payload, counts: FacetCounts, locale: 'fa' | 'en') => {
  const out: Partial<Record<FacetName, FacetValue[]>> = {}
  await Promise.all(
    (Object.entries(counts) as [FacetName, Record<string, number>][]).map(async ([facet, values]) => {
      const ids = Object.keys(values)
      const source = sources[facet]
      const names = source && ids.length ? await namesOf(payload, source.collection, source.field, locale, ids) : new Map<string, string>()
      out[facet] = ids
        .map((value) => ({
          value,
          label: names.get(value) ?? (fixed[value] ? labels[fixed[value]][locale] : isYearFacet(facet) ? yearLabel(facet, value, locale) : value),
          count: values[value]!,
        }))
        .sort((a, b) => b.count - a.count || collators[locale].compare(a.label, b.label))
    }),
  )
  return out
}
