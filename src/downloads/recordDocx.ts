import { Document, Header, HeadingLevel, Packer, Paragraph, Table } from 'docx'

import type { Fact } from '../curricula/edition'
import { formatDate, formatNumber } from '../i18n/dates'
import { labels, type LabelKey } from '../i18n/labels'
import { lexicalToPlainText } from '../search/lexicalText'
import { licenceLabel, listSeparator, nameOf, outcomeLabel, refsOf, rootCauseLabel } from '../site/documents/fields'
import { fill, typeLabel } from '../site/documents/format'
import type { DocByCollection } from '../site/documents/load'
import { paths } from '../site/paths'
import { pick } from '../site/text'
import { documents } from '../site/text/documents'
import { downloads } from '../site/text/downloads'
import { documentStyles, font, listNumbering, writer } from './docxParts'
import { docxRichText, type DocxContext } from './docxRichText'
import type { RecordSheet } from './recordSheet'
import { linkHref } from './richText'
import { textDirection } from './textDirection'

type Block = Paragraph | Table

/**
 * A field's heading is Word's Heading 1; the record's own rich-text headings keep their level below it (an h1
 * in the text becomes a Heading 2), so that the network's Word import (src/imports/layout.ts) reads each
 * heading back into the same field and the text's headings stay inside it.
 */
const insideFields = [HeadingLevel.HEADING_2, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6]

const hasText = (value: unknown) => lexicalToPlainText(value) !== ''

/**
 * One published edition of a case study, lesson or best practice as a Word document: the title, then each of
 * the record's fields under its own label as a heading (the headings the page shows, and those the Word import
 * maps back into the same fields), its rich text with headings, lists, tables, links and pictures. What the
 * side panel of the page says (type, NGO, outcome, edition, Jalali date, licence, permanent link) stands in the
 * first page's header, out of the body, so that the body is the record and nothing else. Persian paragraphs run
 * right to left, in Vazirmatn.
 */
export const renderRecordDocx = async (sheet: RecordSheet, origin: string): Promise<Buffer> => {
  const { locale, collection } = sheet
  const t = pick(downloads, locale)
  const l = (key: LabelKey) => labels[key][locale]
  const { run, para, facts, footer } = writer(locale)
  let lists = 0
  const richContext: DocxContext = { locale, font, href: linkHref(origin), nextList: () => (lists += 1), headings: insideFields }
  const title = sheet.data.title ?? ''
  const permalink = `${origin}${paths.editionPermalink(collection, sheet.key, sheet.versionId)}`

  const heading = (text: string) => new Paragraph({ heading: HeadingLevel.HEADING_1, bidirectional: textDirection(text, locale) === 'rtl', children: [run(text)] })
  const lines = (text: string) =>
    text
      .split(/\n+/)
      .filter((line) => line.trim())
      .map((line) => para(line))
  const richSection = (label: string, value: unknown): Block[] => (hasText(value) ? [heading(label), ...docxRichText(value, richContext)] : [])
  const textSection = (label: string, text: string | null | undefined): Block[] => (text?.trim() ? [heading(label), ...lines(text)] : [])

  const body = (): Block[] => {
    const data = sheet.data
    const summary = 'summary' in data ? textSection(l('summary'), data.summary) : []
    switch (collection) {
      case 'case-studies': {
        const doc = data as DocByCollection['case-studies']
        return [...summary, ...richSection(l('context'), doc.context), ...richSection(l('intervention'), doc.intervention), ...richSection(l('results'), doc.results)]
      }
      case 'lessons': {
        const doc = data as DocByCollection['lessons']
        return [
          ...richSection(l('observation'), doc.observation),
          ...richSection(l('lessonText'), doc.lesson),
          ...textSection(l('recommendation'), doc.recommendation?.action),
          ...textSection(l('applicability'), doc.applicability),
        ]
      }
      case 'best-practices': {
        const doc = data as DocByCollection['best-practices']
        // Each step is a heading of its own, as the import reads a part: a heading that names no field.
        const steps = (doc.steps ?? []).flatMap((step) => (step.title ? [heading(step.title), ...docxRichText(step.description, richContext)] : []))
        return [...summary, ...steps, ...richSection(l('transferConditions'), doc.transferConditions), ...textSection(l('resourcesNeeded'), doc.resourcesNeeded)]
      }
    }
  }

  const names = (value: unknown) => refsOf(value).map((ref) => ref.name).filter(Boolean).join(listSeparator(locale))
  const fact = (key: string, term: string, text: string | null | undefined, ltr = false): Fact[] => (text?.trim() ? [{ key, term, values: [{ text, ltr }] }] : [])
  const caseStudy = collection === 'case-studies' ? (sheet.data as DocByCollection['case-studies']) : null
  const lesson = collection === 'lessons' ? (sheet.data as DocByCollection['lessons']) : null
  const practice = collection === 'best-practices' ? (sheet.data as DocByCollection['best-practices']) : null
  const period = caseStudy ? [caseStudy.periodStart, caseStudy.periodEnd].filter((date): date is string => Boolean(date)).map((date) => formatDate(date, locale)).join(' – ') : ''
  const edition = fill(documents.versionNumbered[locale], { n: formatNumber(sheet.number, locale) })
  const recordFacts: Fact[] = [
    ...fact('type', documents.type[locale], typeLabel(collection, locale)),
    ...fact('organization', documents.organization[locale], nameOf(sheet.data.organization)),
    ...fact('provinces', documents.provinces[locale], names(sheet.data.provinces)),
    ...fact('outcome', documents.outcome[locale], caseStudy ? outcomeLabel(caseStudy.outcome, locale) : null),
    ...fact('period', documents.period[locale], period),
    ...fact('rootCause', l('rootCause'), lesson?.rootCause ? rootCauseLabel(lesson.rootCause, locale) : null),
    ...fact('actor', l('recommendedActor'), lesson?.recommendation?.actor),
    ...fact('contact', l('contactPerson'), practice ? [practice.contact?.name, practice.contact?.email, practice.contact?.phone].filter(Boolean).join(' — ') : null),
    ...fact('topics', l('topics'), names(sheet.data.topics)),
    ...fact('edition', t.edition, edition),
    ...fact('date', t.editionDate, formatDate(sheet.publishedAt, locale, 'long')),
    ...fact('licence', t.licence, licenceLabel(sheet.data.licence, locale)),
    ...fact('permalink', t.permalink, permalink, true),
  ]

  // Word's headers are not the body: an import of this file (mammoth reads the body alone) finds only the record.
  const firstHeader = new Header({
    children: [para(t.publisher, { size: 16, color: '4A4A4A', after: 120 }), facts(recordFacts, { size: 18 }), new Paragraph({})],
  })
  const otherHeader = new Header({ children: [para(`${t.publisherShort} · ${typeLabel(collection, locale)} · ${title}`, { size: 16, color: '4A4A4A' })] })
  const pageFooter = footer(`${t.publisherShort} · ${edition} · `, t.pageOf)

  const document = new Document({
    creator: 'Hamafza',
    title,
    subject: typeLabel(collection, locale),
    description: `${t.publisher} · ${permalink}`,
    numbering: listNumbering,
    styles: documentStyles,
    sections: [
      {
        properties: { titlePage: true },
        headers: { first: firstHeader, default: otherHeader },
        footers: { first: pageFooter, default: pageFooter },
        children: [
          new Paragraph({ heading: HeadingLevel.TITLE, bidirectional: textDirection(title, locale) === 'rtl', children: [run(title)] }),
          ...body(),
        ],
      },
    ],
  })
  return Packer.toBuffer(document)
}

