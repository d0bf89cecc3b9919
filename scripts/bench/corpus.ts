import type { SearchedCollection } from '../../src/jobs/searchDocuments'

/** The collections the benchmark's corpus holds: the exchange's few offers and needs are left out. */
export type CorpusCollection = Exclude<SearchedCollection, 'offers-and-needs'>
export const corpusCollections: CorpusCollection[] = ['case-studies', 'lessons', 'best-practices', 'curricula', 'organizations']
import { provinces } from '../seed/provinces'
import { fundingInstruments, processStages, targetGroups, topics } from '../seed/taxonomies'
import { chance, integer, pick, sample, seededRandom, ZipfSampler, type Random } from './random'
import { richText, TextWriter, type Theme } from './text'
import { buildVocabulary, type Vocabulary } from './vocabulary'

/**
 * The benchmark corpus: N published records of the five searched collections, each shaped as
 * Payload returns it when read with `locale: 'all'` and depth 0, so the app's own mapping
 * (toSearchDocument) makes the search documents and the database loader writes the same records.
 * Deterministic: record i depends on the seed and i alone (and on the records before it for ids).
 */

export interface Term {
  id: number
  slug: string
  fa: string
  en: string
  parent?: number
}

export interface Taxonomies {
  provinces: (Term & { code: string })[]
  topics: Term[]
  targetGroups: Term[]
  stages: Term[]
  fundingInstruments: Term[]
}

export type CorpusDocument = Record<string, unknown> & { id: number; updatedAt: string; createdAt: string }

export interface CorpusRecord {
  collection: CorpusCollection
  doc: CorpusDocument
}

export interface CorpusOptions {
  n: number
  seed: number
  vocabulary?: Vocabulary
}

export interface Corpus {
  n: number
  seed: number
  vocabulary: Vocabulary
  writer: TextWriter
  taxonomies: Taxonomies
  organizations: number
  /** First and last year a record is dated in. */
  years: [number, number]
  records(): Generator<CorpusRecord>
}

const terms = (seeds: { slug: string; fa: string; en: string }[], first = 1): Term[] =>
  seeds.map((seed, i) => ({ id: first + i, slug: seed.slug, fa: seed.fa, en: seed.en }))

export const benchTaxonomies = (): Taxonomies => {
  const topicTerms: Term[] = []
  for (const topic of topics) {
    const parent = { id: topicTerms.length + 1, slug: topic.slug, fa: topic.fa, en: topic.en }
    topicTerms.push(parent)
    for (const child of topic.children) topicTerms.push({ id: topicTerms.length + 1, slug: child.slug, fa: child.fa, en: child.en, parent: parent.id })
  }
  return {
    provinces: provinces.map((p, i) => ({ id: i + 1, slug: p.code, code: p.code, fa: p.fa, en: p.en })),
    topics: topicTerms,
    targetGroups: terms(targetGroups),
    stages: terms(processStages),
    fundingInstruments: terms(fundingInstruments),
  }
}

/** How many member NGOs a corpus of `n` records has; they are records too. */
export const organizationCount = (n: number) => Math.min(600, Math.max(Math.min(30, n), Math.round(n / 200)))

const knowledgeShares: [CorpusCollection, number][] = [
  ['case-studies', 0.4],
  ['lessons', 0.3],
  ['best-practices', 0.15],
  ['curricula', 0.15],
]
const firstYear = 2012
const lastYear = 2025
// Fixed rather than the clock, so the corpus is the same on every run.
const corpusNow = Date.UTC(2025, 10, 1)
const day = 86_400_000
const membersOnlyShare = 0.15
const englishShare = 0.35

const weighted = <T>(random: Random, choices: [T, number][]): T => {
  let roll = random()
  for (const [value, share] of choices) if ((roll -= share) < 0) return value
  return choices[choices.length - 1]![0]
}

/** Recent years hold more records, as the network grows. */
const yearOf = (random: Random) => firstYear + Math.floor(Math.pow(random(), 0.6) * (lastYear - firstYear + 1))

const dates = (random: Random, year: number) => {
  const created = Math.min(corpusNow - 30 * day, Date.UTC(year, 0, 1) + Math.floor(random() * 365 * day))
  const updated = Math.min(corpusNow, created + Math.floor(random() * 200 * day))
  return { createdAt: new Date(created).toISOString(), updatedAt: new Date(updated).toISOString() }
}

const localized = (fa: string, en: string | null) => ({ fa, en })

export const createCorpus = ({ n, seed, vocabulary = buildVocabulary({ seed }) }: CorpusOptions): Corpus => {
  const writer = new TextWriter(vocabulary)
  const taxonomies = benchTaxonomies()
  const organizations = organizationCount(n)
  // Populous provinces (Tehran, Razavi Khorasan, Isfahan …) hold more NGOs: a Zipf over a fixed order.
  const provinceOrder = [...taxonomies.provinces].sort((a, b) => (a.code === '28' ? -1 : b.code === '28' ? 1 : 0))
  const provinceZipf = new ZipfSampler(provinceOrder.length, 0.8, 1)
  const organizationProvince = (id: number) => provinceOrder[provinceZipf.draw(seededRandom(seed, `organization:${id}`))]!

  const ids = (random: Random, list: Term[], min: number, max: number) => sample(random, list, integer(random, min, max)).map((t) => t.id)

  const prose = (random: Random, theme: Theme, words: number, english: boolean) => ({
    fa: writer.paragraphs(random, theme, 'fa', words),
    en: english ? writer.paragraphs(random, theme, 'en', Math.round(words * 0.7)) : null,
  })
  const rich = (random: Random, theme: Theme, words: number, english: boolean) => {
    const text = prose(random, theme, words, english)
    return { fa: richText(text.fa, 'rtl'), en: text.en ? richText(text.en, 'ltr') : null }
  }
  const plain = (random: Random, theme: Theme, words: number, english: boolean) => {
    const text = prose(random, theme, words, english)
    return { fa: text.fa.join('\n'), en: text.en ? text.en.join('\n') : null }
  }

  const organization = (random: Random, id: number): CorpusDocument => {
    const theme = writer.theme(random)
    const province = organizationProvince(id)
    const english = chance(random, 0.6)
    return {
      id,
      name: localized(`انجمن ${writer.title(random, theme, 'fa')}`, english ? `${writer.title(random, theme, 'en')} Association` : null),
      slug: `bench-organization-${id}`,
      province: province.id,
      city: localized(province.fa, english ? province.en : null),
      description: plain(random, theme, integer(random, 60, 140), english),
      fieldsOfActivity: ids(random, taxonomies.topics, 1, 4),
      targetGroups: ids(random, taxonomies.targetGroups, 1, 3),
      licenceStage: 'registered',
      membershipStatus: 'active',
      ...dates(random, yearOf(random)),
    }
  }

  const knowledge = (random: Random, collection: CorpusCollection, id: number): CorpusDocument => {
    const theme = writer.theme(random)
    const organizationId = integer(random, 1, organizations)
    const home = organizationProvince(organizationId)
    const provincesOf = [home.id, ...(chance(random, 0.25) ? [pick(random, taxonomies.provinces).id] : [])]
    const english = chance(random, englishShare)
    const year = yearOf(random)
    // A few hundred words in all, spread over the collection's rich-text fields.
    const words = integer(random, 250, 450)
    const common = {
      id,
      title: localized(writer.title(random, theme, 'fa', home.fa), english ? writer.title(random, theme, 'en', home.en) : null),
      organization: organizationId,
      provinces: [...new Set(provincesOf)],
      targetGroups: ids(random, taxonomies.targetGroups, 1, 3),
      stages: ids(random, taxonomies.stages, 1, 3),
      topics: ids(random, taxonomies.topics, 1, 3),
      licence: 'CC-BY-4.0',
      visibility: chance(random, membersOnlyShare) ? 'members' : 'public',
      workflowState: 'published',
      _status: 'published',
      ...dates(random, year),
    }
    const summary = () =>
      localized(writer.sentence(random, theme, 'fa', 25, 50), english ? writer.sentence(random, theme, 'en', 18, 35) : null)
    switch (collection) {
      case 'case-studies':
        return {
          ...common,
          summary: summary(),
          outcome: weighted(random, [['success', 0.45], ['failure', 0.25], ['mixed', 0.3]]),
          periodStart: new Date(Date.UTC(year, integer(random, 0, 11), 1)).toISOString(),
          fundingInstruments: ids(random, taxonomies.fundingInstruments, 0, 2),
          evidenceType: 'monitoring',
          context: rich(random, theme, Math.round(words * 0.3), english),
          intervention: rich(random, theme, Math.round(words * 0.4), english),
          results: rich(random, theme, Math.round(words * 0.3), english),
        }
      case 'lessons':
        return {
          ...common,
          rootCause: 'market',
          observation: rich(random, theme, Math.round(words * 0.45), english),
          lesson: rich(random, theme, Math.round(words * 0.4), english),
          recommendation: { action: plain(random, theme, 20, english), actor: plain(random, theme, 4, english) },
          applicability: plain(random, theme, Math.round(words * 0.1), english),
        }
      case 'best-practices':
        return {
          ...common,
          summary: summary(),
          transferConditions: rich(random, theme, Math.round(words * 0.85), english),
          resourcesNeeded: plain(random, theme, Math.round(words * 0.1), english),
        }
      default:
        return {
          ...common,
          summary: summary(),
          code: `BENCH-${id}`,
          edition: `${integer(random, 1, 3)}.0`,
          skillType: chance(random, 0.5) ? 'soft' : 'hard',
          hoursTheory: integer(random, 10, 80),
          hoursPractice: integer(random, 20, 200),
          modules: Array.from({ length: integer(random, 1, 3) }, (_, m) => ({
            id: `bench-${id}-${m + 1}`,
            code: `M${m + 1}`,
            hours: integer(random, 4, 40),
            title: localized(writer.title(random, theme, 'fa'), english ? writer.title(random, theme, 'en') : null),
            content: rich(random, theme, Math.round(words / 2.5), english),
          })),
        }
    }
  }

  function* records(): Generator<CorpusRecord> {
    const counters = new Map<CorpusCollection, number>()
    for (let i = 0; i < n; i++) {
      const random = seededRandom(seed, `record:${i}`)
      if (i < organizations) {
        yield { collection: 'organizations', doc: organization(random, i + 1) }
        continue
      }
      const collection = weighted(random, knowledgeShares)
      const id = (counters.get(collection) ?? 0) + 1
      counters.set(collection, id)
      yield { collection, doc: knowledge(random, collection, id) }
    }
  }

  return { n, seed, vocabulary, writer, taxonomies, organizations, years: [firstYear, lastYear], records }
}
