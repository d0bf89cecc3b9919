import { formatNumber } from '../i18n/dates'
import { curriculumWords } from '../i18n/curriculum'
import { labels, type LabelKey } from '../i18n/labels'
import type { Locale } from '../i18n/locales'
import type { Curriculum, Media } from '../payload-types'
import { lexicalToPlainText } from '../search/lexicalText'
import { fileKind, fileSize } from './files'

/**
 * What a curriculum edition holds, in the order a trainer reads it: the one description the curriculum page, its
 * PDF and its DOCX all render, so a field added to the collection is printed everywhere or nowhere.
 */

export type RichText = NonNullable<NonNullable<Curriculum['modules']>[number]['content']>

/** A record a fact names: the page links to it, the files print its name. */
export type Ref = { collection: 'organizations' | 'provinces' | 'lessons'; id: number | string }
/** `ltr` marks text that stays left to right in a Persian document (codes, licences). */
export type FactValue = { text: string; ref?: Ref; ltr?: boolean }
export type Fact = { key: string; term: string; values: FactValue[] }

export type EditionFile = {
  id: number
  name: string
  filename: string
  /** "Word (DOCX)", "PDF", "تصویر (PNG)". */
  kind: string
  size: string
  url: string | null
}

export type ModuleRow = { code: string; title: string; hours: string; anchor: string }

export type Block =
  | { kind: 'paragraphs'; text: string }
  | { kind: 'richText'; value: RichText }
  | { kind: 'facts'; facts: Fact[] }
  | { kind: 'list'; items: string[] }
  | { kind: 'modules'; rows: ModuleRow[]; total: string }
  | { kind: 'files'; files: EditionFile[] }

export type Section = {
  /** An anchor on the page and a destination in the PDF. */
  id: string
  title: string
  /** A module's code, printed left to right before its title. */
  code?: string
  blocks: Block[]
  sections: Section[]
}

export type CurriculumEdition = {
  locale: Locale
  title: string
  code: string
  /** In the reader's digits: "۲٫۰" or "2.0". */
  edition: string
  /** "ویرایش ۲٫۰", "Edition 2.0". */
  editionName: string
  summary: string | null
  retired: boolean
  organization: string
  licence: string
  facts: Fact[]
  sections: Section[]
}

/**
 * Fields a trainer does not teach from, with the reason, so the completeness test (edition.test.ts) knows them
 * from fields forgotten.
 */
export const fieldsNotPrinted: Record<string, string> = {
  derivedFrom: 'the page lists the other editions; a file is pinned to its own',
  nextReviewDate: "reviewers' schedule, shown in the admin",
  workflowState: 'a retired edition prints a notice instead',
  transitionComment: "a reviewer's note to the next step of the review",
  reviewHistory: "the review trail is the reviewers'",
  sourceDocument: 'the Word file a draft was imported from is the editors’ source; the edition prints its own content',
}

/** Persian digits and decimal separator in Persian text ("2.0" → "۲٫۰"), unchanged in English. */
export const localDigits = (text: string, locale: Locale): string =>
  locale === 'fa' ? text.replace(/(\d)\.(?=\d)/g, '$1٫').replace(/\d/g, (digit) => '۰۱۲۳۴۵۶۷۸۹'[Number(digit)]!) : text

const fill = (sentence: string, values: Record<string, string>) => sentence.replace(/\{(\w+)\}/g, (whole, key: string) => values[key] ?? whole)

const nameOf = (value: unknown): string => {
  if (typeof value !== 'object' || value === null) return ''
  const record = value as { name?: unknown; title?: unknown }
  return typeof record.name === 'string' ? record.name : typeof record.title === 'string' ? record.title : ''
}

/** Populated relationships, skipping those the reader may not read (left as bare ids). */
const populated = (value: unknown): { id: number | string; name: string }[] =>
  (Array.isArray(value) ? value : value == null ? [] : [value])
    .filter((item): item is { id: unknown } => typeof item === 'object' && item !== null && 'id' in item)
    .map((item) => ({ id: item.id as number | string, name: nameOf(item) }))
    .filter((item) => item.name !== '')

const hasText = (text: string | null | undefined): text is string => typeof text === 'string' && text.trim() !== ''
const hasRichText = (value: unknown): value is RichText => lexicalToPlainText(value) !== ''

/** The files of an edition the reader may read: trainer guide, learner workbook, then the other attachments. */
export const editionFiles = (doc: Pick<Curriculum, 'trainerGuide' | 'learnerWorkbook' | 'attachments'>, locale: Locale): EditionFile[] => {
  const seen = new Set<number>()
  return [doc.trainerGuide, doc.learnerWorkbook, ...(doc.attachments ?? [])]
    .filter((file): file is Media => typeof file === 'object' && file !== null && typeof file.filename === 'string' && file.filename !== '')
    .filter((file) => !seen.has(file.id) && Boolean(seen.add(file.id)))
    .map((file) => ({
      id: file.id,
      name: file.title || file.alt || file.filename!,
      filename: file.filename!,
      kind: fileKind(file.mimeType, file.filename, locale),
      size: fileSize(file.filesize, locale),
      url: file.url ?? null,
    }))
}

/** Reads a curriculum edition (populated to depth 1 under the reader's access) as the sections every rendering prints. */
export const curriculumEdition = (doc: Curriculum, locale: Locale): CurriculumEdition => {
  const l = (key: LabelKey) => labels[key][locale]
  const w = (key: keyof typeof curriculumWords) => curriculumWords[key][locale]
  const number = (value: number | null | undefined) => (typeof value === 'number' ? formatNumber(value, locale) : '—')
  const hours = (value: number | null | undefined) => (typeof value === 'number' ? fill(w('hoursValue'), { n: number(value) }) : '—')
  const text = (value: string): FactValue[] => [{ text: value }]
  const names = (value: unknown, collection?: Ref['collection']): FactValue[] =>
    populated(value).map((item) => ({ text: item.name, ...(collection ? { ref: { collection, id: item.id } } : {}) }))
  const fact = (key: string, term: string, values: FactValue[]): Fact[] => (values.length && values.some((v) => v.text) ? [{ key, term, values }] : [])

  const dimensions = { psychological: 'dimensionPsychological', social: 'dimensionSocial', economic: 'dimensionEconomic' } as const
  const facts: Fact[] = [
    ...fact('code', l('code'), [{ text: doc.code, ltr: true }]),
    ...fact('skillType', l('skillType'), text(l(doc.skillType === 'soft' ? 'skillSoft' : 'skillHard'))),
    ...fact('readinessDimensions', l('readinessDimensions'), (doc.readinessDimensions ?? []).map((key) => ({ text: l(dimensions[key]) }))),
    ...fact('competencyStandard', l('competencyStandard'), hasText(doc.competencyStandard) ? text(doc.competencyStandard) : []),
    ...fact('hoursTheory', l('hoursTheory'), text(hours(doc.hoursTheory))),
    ...fact('hoursPractice', l('hoursPractice'), text(hours(doc.hoursPractice))),
    ...fact('hoursTotal', w('hoursTotal'), text(hours((doc.hoursTheory ?? 0) + (doc.hoursPractice ?? 0)))),
    ...fact('organization', w('organization'), names(doc.organization, 'organizations')),
    ...fact('provinces', w('provinces'), names(doc.provinces, 'provinces')),
    ...fact('targetGroups', l('targetGroups'), names(doc.targetGroups)),
    ...fact('stages', l('processStages'), names(doc.stages)),
    ...fact('topics', l('topics'), names(doc.topics)),
    ...fact('visibility', l('visibility'), text(l(doc.visibility === 'members' ? 'visibilityMembers' : 'visibilityPublic'))),
  ]

  const textSection = (id: string, title: string, value: string | null | undefined): Section[] =>
    hasText(value) ? [{ id, title, blocks: [{ kind: 'paragraphs', text: value }], sections: [] }] : []

  const modules = (doc.modules ?? []).map((module, index) => {
    const id = `module-${index + 1}`
    const parts: Section[] = [
      ...textSection(`${id}-outcomes`, l('learningOutcomes'), module.learningOutcomes),
      ...(hasRichText(module.content) ? [{ id: `${id}-content`, title: l('content'), blocks: [{ kind: 'richText' as const, value: module.content }], sections: [] }] : []),
      ...textSection(`${id}-methods`, l('methods'), module.methods),
      ...textSection(`${id}-materials`, l('materials'), module.materials),
      ...textSection(`${id}-assessment`, l('assessment'), module.assessment),
    ]
    const section: Section = {
      id,
      title: module.title ?? '',
      code: module.code,
      blocks: [{ kind: 'facts', facts: fact(`${id}-hours`, l('hours'), text(hours(module.hours))) }],
      sections: parts,
    }
    return { section, row: { code: module.code, title: module.title ?? '', hours: number(module.hours), anchor: id } }
  })
  const moduleTotal = (doc.modules ?? []).reduce((sum, module) => sum + (module.hours ?? 0), 0)

  const placement = doc.placement
  const tasks = (placement?.tasks ?? []).map((row) => row.task ?? '').filter(hasText)
  const placed = Boolean(placement?.months || tasks.length)
  const placementFacts = [
    ...fact('placementKind', l('placementKind'), placement?.kind ? text(l(placement.kind === 'internship' ? 'placementInternship' : 'placementApprenticeship')) : []),
    ...fact('placementMonths', w('placementDuration'), placement?.months ? text(fill(w('placementMonthsValue'), { n: number(placement.months) })) : []),
    ...fact('mentorRatio', w('mentorRatio'), placement?.mentorRatio ? text(number(placement.mentorRatio)) : []),
  ]
  const files = editionFiles(doc, locale)
  // The lessons that changed this edition that the reader may read, leaving out a draft that its own NGO's editor may read.
  const changedBy = names(
    (doc.changedByLessons ?? []).filter((lesson) => typeof lesson !== 'object' || lesson === null || (lesson._status ?? 'published') === 'published'),
    'lessons',
  )

  const sections: Section[] = [
    ...(modules.length
      ? [
          {
            id: 'doc-modules',
            title: w('modulesOverview'),
            blocks: [{ kind: 'modules' as const, rows: modules.map((module) => module.row), total: number(moduleTotal) }],
            sections: modules.map((module) => module.section),
          },
        ]
      : []),
    ...textSection('doc-entry', l('entryRequirements'), doc.entryRequirements),
    ...textSection('doc-accessibility', l('accessibility'), doc.accessibility),
    ...textSection('doc-trainers', l('trainerQualifications'), doc.trainerQualifications),
    {
      id: 'doc-placement',
      title: l('placement'),
      blocks: placed ? [{ kind: 'facts', facts: placementFacts }] : [{ kind: 'paragraphs', text: w('placementNone') }],
      sections: tasks.length ? [{ id: 'doc-placement-tasks', title: w('placementTasks'), blocks: [{ kind: 'list', items: tasks }], sections: [] }] : [],
    },
    ...textSection('doc-certification', l('certification'), doc.certification),
    ...(files.length ? [{ id: 'doc-attachments', title: w('attachments'), blocks: [{ kind: 'files' as const, files }], sections: [] }] : []),
    ...textSection('doc-changelog', l('changelog'), doc.changelog),
    ...(changedBy.length
      ? [{ id: 'doc-changed-by', title: l('changedByLessons'), blocks: [{ kind: 'facts' as const, facts: fact('changedByLessons', l('lessons'), changedBy) }], sections: [] }]
      : []),
  ]

  const edition = localDigits(doc.edition, locale)
  return {
    locale,
    title: doc.title ?? '',
    code: doc.code,
    edition,
    editionName: fill(w('editionOf'), { edition }),
    summary: hasText(doc.summary) ? doc.summary : null,
    retired: doc.workflowState === 'retired',
    organization: nameOf(doc.organization),
    licence: doc.licence === 'all-rights-reserved' ? l('allRightsReserved') : doc.licence,
    facts,
    sections,
  }
}

/** Every section and subsection in reading order, with its depth (1 for a section), for tables of contents. */
export const outline = (sections: Section[], depth = 1): { section: Section; depth: number }[] =>
  sections.flatMap((section) => [{ section, depth }, ...outline(section.sections, depth + 1)])
