import { localDigits } from '../../curricula/edition'
import { formatDate, formatNumber } from '../../i18n/dates'
import { labels, type LabelKey } from '../../i18n/labels'
import { lexicalToPlainText } from '../../search/lexicalText'
import type { Locale } from '../locale'
import { documents } from '../text/documents'
import type { DocByCollection, KnowledgeCollection, KnowledgeDoc } from './load'

/** The name of a populated relationship (a taxonomy term, an NGO, a province), or '' when only an id is known. */
export const nameOf = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return ''
  const record = value as { name?: unknown; title?: unknown }
  return typeof record.name === 'string' ? record.name : typeof record.title === 'string' ? record.title : ''
}

/** Populated relationships as `{ id, name }`, skipping those the reader may not see (left as bare ids). */
export const refsOf = (value: unknown): { id: number | string; name: string; doc: Record<string, unknown> }[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value])
    .filter((item): item is Record<string, unknown> => typeof item === 'object' && item !== null && 'id' in item)
    .map((item) => ({ id: item.id as number | string, name: nameOf(item), doc: item }))

const label = (key: LabelKey, locale: Locale) => labels[key][locale]

export const outcomeLabel = (outcome: string, locale: Locale): string =>
  label(({ success: 'outcomeSuccess', failure: 'outcomeFailure', mixed: 'outcomeMixed' } as const)[outcome as 'success'] ?? 'outcome', locale)

/** The licences' own pages; "all rights reserved" has none. */
export const licenceLinks: Record<string, string> = {
  'CC-BY-4.0': 'https://creativecommons.org/licenses/by/4.0/',
  'CC-BY-SA-4.0': 'https://creativecommons.org/licenses/by-sa/4.0/',
  'CC-BY-NC-4.0': 'https://creativecommons.org/licenses/by-nc/4.0/',
}

export const licenceLabel = (licence: string, locale: Locale): string =>
  licence === 'all-rights-reserved' ? label('allRightsReserved', locale) : licence

export const visibilityLabel = (visibility: string, locale: Locale): string =>
  label(visibility === 'members' ? 'visibilityMembers' : 'visibilityPublic', locale)

export const rootCauseLabel = (cause: string, locale: Locale): string =>
  (documents as Record<string, { fa: string; en: string }>)[`rootCause_${cause}`]?.[locale] ?? cause

export const metricKeys = ['participants', 'completed', 'placed', 'retained3', 'retained6', 'retained12', 'incomeChangePercent'] as const

export const metricLabel = (key: (typeof metricKeys)[number], locale: Locale): string =>
  label(key === 'incomeChangePercent' ? 'incomeChange' : key, locale)

/** One comparable part of a document: its label and its content as plain text. */
export type FieldText = { key: string; label: string; text: string }

/** How a list of names is joined in running text. */
export const listSeparator = (locale: Locale): string => (locale === 'fa' ? '، ' : ', ')

const names = (value: unknown, locale: Locale): string =>
  refsOf(value)
    .map((ref) => ref.name)
    .join(listSeparator(locale))

const plain = (value: unknown): string => (typeof value === 'string' ? value : value == null ? '' : String(value))

const number = (value: unknown, locale: Locale): string => (typeof value === 'number' ? formatNumber(value, locale) : '')

/**
 * The text of a document, part by part, as a reader would compare two editions of it: the title, the
 * summary, each rich-text field as extracted text, and then the facts of the side panel.
 */
export const comparableFields = <C extends KnowledgeCollection>(collection: C, data: DocByCollection[C], locale: Locale): FieldText[] => {
  const doc = data as KnowledgeDoc & Record<string, unknown>
  const out: FieldText[] = []
  const add = (key: string, labelText: string, text: string) => out.push({ key, label: labelText, text: text.trim() })
  add('title', label('title', locale), plain(doc.title))
  if (collection !== 'lessons') add('summary', label('summary', locale), plain(doc.summary))

  if (collection === 'case-studies') {
    const c = data as DocByCollection['case-studies']
    add('context', label('context', locale), lexicalToPlainText(c.context))
    add('intervention', label('intervention', locale), lexicalToPlainText(c.intervention))
    add('results', label('results', locale), lexicalToPlainText(c.results))
    add('outcome', label('outcome', locale), outcomeLabel(c.outcome, locale))
    for (const key of metricKeys) add(`metrics.${key}`, metricLabel(key, locale), number(c.metrics?.[key], locale))
    add('period', documents.period[locale], [c.periodStart, c.periodEnd].filter(Boolean).map((d) => formatDate(d!, locale)).join(' – '))
    add('fundingInstruments', label('fundingInstruments', locale), names(c.fundingInstruments, locale))
  }
  if (collection === 'lessons') {
    const l = data as DocByCollection['lessons']
    add('observation', label('observation', locale), lexicalToPlainText(l.observation))
    add('lesson', label('lessonText', locale), lexicalToPlainText(l.lesson))
    add('recommendation.action', label('recommendedAction', locale), plain(l.recommendation?.action))
    add('recommendation.actor', label('recommendedActor', locale), plain(l.recommendation?.actor))
    add('applicability', label('applicability', locale), plain(l.applicability))
    add('rootCause', label('rootCause', locale), rootCauseLabel(l.rootCause, locale))
  }
  if (collection === 'best-practices') {
    const b = data as DocByCollection['best-practices']
    add(
      'steps',
      label('steps', locale),
      (b.steps ?? []).map((step, index) => `${number(index + 1, locale)}. ${plain(step.title)}\n${lexicalToPlainText(step.description)}`).join('\n'),
    )
    add('transferConditions', label('transferConditions', locale), lexicalToPlainText(b.transferConditions))
    add('resourcesNeeded', label('resourcesNeeded', locale), plain(b.resourcesNeeded))
  }
  if (collection === 'curricula') {
    const c = data as DocByCollection['curricula']
    add('changelog', label('changelog', locale), plain(c.changelog))
    add(
      'modules',
      label('modules', locale),
      (c.modules ?? [])
        .map((module) =>
          [`${module.code} — ${plain(module.title)} (${number(module.hours, locale)} ${label('hours', locale)})`, plain(module.learningOutcomes), lexicalToPlainText(module.content)]
            .filter(Boolean)
            .join('\n'),
        )
        .join('\n'),
    )
    add('entryRequirements', label('entryRequirements', locale), plain(c.entryRequirements))
    add('accessibility', label('accessibility', locale), plain(c.accessibility))
    add('trainerQualifications', label('trainerQualifications', locale), plain(c.trainerQualifications))
    add('certification', label('certification', locale), plain(c.certification))
    add('edition', label('edition', locale), localDigits(plain(c.edition), locale))
    add('hoursTheory', label('hoursTheory', locale), number(c.hoursTheory, locale))
    add('hoursPractice', label('hoursPractice', locale), number(c.hoursPractice, locale))
    add('placementMonths', documents.placementMonths[locale], number(c.placement?.months, locale))
  }
  add('organization', label('organization', locale), nameOf(doc.organization))
  add('provinces', label('provinces', locale), names(doc.provinces, locale))
  add('targetGroups', label('targetGroups', locale), names(doc.targetGroups, locale))
  add('stages', label('processStages', locale), names(doc.stages, locale))
  add('topics', label('topics', locale), names(doc.topics, locale))
  add('licence', label('licence', locale), licenceLabel(doc.licence, locale))
  add('visibility', label('visibility', locale), visibilityLabel(doc.visibility, locale))
  return out
}

/** The labels of the parts that differ between two editions. */
export const changedParts = (before: FieldText[], after: FieldText[]): string[] => {
  const previous = new Map(before.map((field) => [field.key, field.text]))
  return after.filter((field) => (previous.get(field.key) ?? '') !== field.text).map((field) => field.label)
}

const abstractLength = 1000

/**
 * A document in a paragraph, for a citation's abstract and a search engine's description: the summary, or for a
 * lesson learned (which has none) the lesson itself, cut at a word near a thousand characters.
 */
export const abstractOf = (collection: KnowledgeCollection, doc: KnowledgeDoc): string => {
  const text = collection === 'lessons' ? lexicalToPlainText((doc as DocByCollection['lessons']).lesson) : plain((doc as { summary?: unknown }).summary)
  const flat = text.replace(/\s+/g, ' ').trim()
  return flat.length <= abstractLength ? flat : `${flat.slice(0, flat.lastIndexOf(' ', abstractLength))}…`
}
