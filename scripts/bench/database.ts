import type { InStatement, InValue } from '@libsql/client'

import type { CorpusDocument, CorpusRecord, Taxonomies, Term } from './corpus'

/**
 * Writes the corpus into Payload's SQLite database in bulk. Creating 100,000 records through the
 * Local API takes ~30 ms each (hooks, validation, versions), so the records go straight into the
 * tables the committed migrations created (main, `_locales`, `_rels` and array tables), with the
 * column names those migrations use, in one transaction per batch. What Payload then reads back
 * (`find` with locale 'all', depth 0) is the corpus record itself, which the benchmark checks on a
 * sample. Not written: version history (`_v` tables), review events and authors, which neither
 * search nor a database text query reads.
 */

type Row = Record<string, InValue>

const insert = (table: string, row: Row): InStatement => {
  const columns = Object.keys(row)
  return {
    sql: `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES (${columns.map(() => '?').join(', ')})`,
    args: columns.map((c) => row[c] ?? null),
  }
}

type Localized = { fa?: unknown; en?: unknown } | null | undefined

const localeValue = (value: Localized, locale: 'fa' | 'en'): InValue => {
  const v = value?.[locale]
  if (v === undefined || v === null) return null
  return typeof v === 'string' ? v : JSON.stringify(v)
}

/** One `_locales` row per locale that has any text; a missing English row reads back as null. */
const localeRows = (table: string, parent: InValue, fields: Record<string, Localized>): InStatement[] =>
  (['fa', 'en'] as const).flatMap((locale) => {
    const row: Row = {}
    for (const [column, value] of Object.entries(fields)) row[column] = localeValue(value, locale)
    if (Object.values(row).every((v) => v === null)) return []
    return [insert(table, { ...row, _locale: locale, _parent_id: parent })]
  })

const relColumns = {
  provinces: 'provinces_id',
  targetGroups: 'target_groups_id',
  stages: 'process_stages_id',
  topics: 'topics_id',
  fundingInstruments: 'funding_instruments_id',
  fieldsOfActivity: 'topics_id',
} as const

/** hasMany relationships live in `_rels`, one row per value, ordered as the document lists them. */
const relRows = (table: string, doc: CorpusDocument, fields: (keyof typeof relColumns)[]): InStatement[] =>
  fields.flatMap((field) =>
    ((doc[field] as number[] | undefined) ?? []).map((id, i) =>
      insert(table, { order: i + 1, parent_id: doc.id, path: field, [relColumns[field]]: id }),
    ),
  )

const knowledgeColumns = (doc: CorpusDocument): Row => ({
  id: doc.id,
  organization_id: doc.organization as number,
  licence: doc.licence as string,
  visibility: doc.visibility as string,
  workflow_state: doc.workflowState as string,
  _status: doc._status as string,
  created_at: doc.createdAt,
  updated_at: doc.updatedAt,
})

const knowledgeRels = ['provinces', 'targetGroups', 'stages', 'topics'] as const

const recordStatements = ({ collection, doc }: CorpusRecord): InStatement[] => {
  const text = (name: string) => doc[name] as Localized
  switch (collection) {
    case 'organizations':
      return [
        insert('organizations', {
          id: doc.id,
          slug: doc.slug as string,
          province_id: doc.province as number,
          licence_stage: doc.licenceStage as string,
          membership_status: doc.membershipStatus as string,
          created_at: doc.createdAt,
          updated_at: doc.updatedAt,
        }),
        ...localeRows('organizations_locales', doc.id, { name: text('name'), city: text('city'), description: text('description') }),
        ...relRows('organizations_rels', doc, ['fieldsOfActivity', 'targetGroups']),
      ]
    case 'case-studies':
      return [
        insert('case_studies', {
          ...knowledgeColumns(doc),
          outcome: doc.outcome as string,
          period_start: doc.periodStart as string,
          evidence_type: doc.evidenceType as string,
        }),
        ...localeRows('case_studies_locales', doc.id, {
          title: text('title'),
          summary: text('summary'),
          context: text('context'),
          intervention: text('intervention'),
          results: text('results'),
        }),
        ...relRows('case_studies_rels', doc, [...knowledgeRels, 'fundingInstruments']),
      ]
    case 'lessons': {
      const recommendation = doc.recommendation as { action: Localized; actor: Localized }
      return [
        insert('lessons', { ...knowledgeColumns(doc), root_cause: doc.rootCause as string }),
        ...localeRows('lessons_locales', doc.id, {
          title: text('title'),
          observation: text('observation'),
          lesson: text('lesson'),
          recommendation_action: recommendation.action,
          recommendation_actor: recommendation.actor,
          applicability: text('applicability'),
        }),
        ...relRows('lessons_rels', doc, [...knowledgeRels]),
      ]
    }
    case 'best-practices':
      return [
        insert('best_practices', knowledgeColumns(doc)),
        ...localeRows('best_practices_locales', doc.id, {
          title: text('title'),
          summary: text('summary'),
          transfer_conditions: text('transferConditions'),
          resources_needed: text('resourcesNeeded'),
        }),
        ...relRows('best_practices_rels', doc, [...knowledgeRels]),
      ]
    case 'curricula': {
      const modules = doc.modules as { id: string; code: string; hours: number; title: Localized; content: Localized }[]
      return [
        insert('curricula', {
          ...knowledgeColumns(doc),
          code: doc.code as string,
          edition: doc.edition as string,
          skill_type: doc.skillType as string,
          hours_theory: doc.hoursTheory as number,
          hours_practice: doc.hoursPractice as number,
        }),
        ...localeRows('curricula_locales', doc.id, { title: text('title'), summary: text('summary') }),
        ...modules.flatMap((module, i) => [
          insert('curricula_modules', { _order: i + 1, _parent_id: doc.id, id: module.id, code: module.code, hours: module.hours }),
          ...localeRows('curricula_modules_locales', module.id, { title: module.title, content: module.content }),
        ]),
        ...relRows('curricula_rels', doc, [...knowledgeRels]),
      ]
    }
  }
}

export interface SqlClient {
  batch(statements: InStatement[], mode: 'write'): Promise<unknown>
}

/** Writes a batch of records in one transaction. */
export const insertRecords = async (client: SqlClient, records: CorpusRecord[]): Promise<void> => {
  await client.batch(records.flatMap(recordStatements), 'write')
}

const termRows = (table: string, terms: Term[], extra: (term: Term, i: number) => Row = () => ({})): InStatement[] =>
  terms.flatMap((term, i) => [
    insert(table, { id: term.id, slug: term.slug, ...extra(term, i) }),
    insert(`${table}_locales`, { name: term.fa, _locale: 'fa', _parent_id: term.id }),
    insert(`${table}_locales`, { name: term.en, _locale: 'en', _parent_id: term.id }),
  ])

/** The shared vocabularies the records point at: provinces, topics, target groups, stages, funding. */
export const insertTaxonomies = async (client: SqlClient, taxonomies: Taxonomies): Promise<void> => {
  await client.batch(
    [
      ...taxonomies.provinces.flatMap((p) => [
        insert('provinces', { id: p.id, code: p.code }),
        insert('provinces_locales', { name: p.fa, _locale: 'fa', _parent_id: p.id }),
        insert('provinces_locales', { name: p.en, _locale: 'en', _parent_id: p.id }),
      ]),
      ...termRows('topics', taxonomies.topics, (term) => ({ parent_id: term.parent ?? null })),
      ...termRows('target_groups', taxonomies.targetGroups),
      ...termRows('process_stages', taxonomies.stages, (_, i) => ({ order: i + 1 })),
      ...termRows('funding_instruments', taxonomies.fundingInstruments),
    ],
    'write',
  )
}
