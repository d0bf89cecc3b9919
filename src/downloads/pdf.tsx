import { Document, Link, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer'
import type { ComponentProps, ComponentType, ReactNode } from 'react'

import { curriculumEdition, localDigits, outline, type Block, type CurriculumEdition, type Fact, type Section } from '../curricula/edition'
import { curriculumWords } from '../i18n/curriculum'
import type { Locale } from '../i18n/locales'
import { fontFamily, registerFonts } from './fonts'
import { PdfRichText, type RichTextContext } from './pdfRichText'
import { linkHref } from './richText'
import type { CurriculumSheet } from './sheet'
import { rtlParagraph, textDirection } from './textDirection'
import { fileSections } from './fileSections'
import { printed, type Printed } from './words'

export { rtlParagraph }

const brand = '#0b5d4b'

/** A View that is a bookmark: react-pdf outlines any element with one (its types declare it on Page alone). */
const Marked = View as unknown as ComponentType<ComponentProps<typeof View> & { bookmark: { title: string; fit?: boolean; expanded?: boolean } }>

const styles = StyleSheet.create({
  // No lineHeight on a Page: it keeps the fixed footer (a `render` text) from being drawn; each text sets its own.
  page: { fontFamily, fontSize: 10.5, paddingTop: 44, paddingBottom: 60, paddingHorizontal: 48, color: '#1b1b1b' },
  cover: { fontFamily, fontSize: 11, padding: 56, color: '#1b1b1b' },
  publisher: { fontSize: 9.5, lineHeight: 1.6, color: '#4a4a4a', marginBottom: 90 },
  title: { fontSize: 24, fontWeight: 'bold', color: brand, lineHeight: 1.5, marginBottom: 10 },
  lead: { fontSize: 12, color: '#333333', marginBottom: 28 },
  retired: { fontWeight: 'bold', color: '#8a1c1c', borderWidth: 1, borderColor: '#8a1c1c', padding: 8, marginTop: 14 },
  coverLink: { marginTop: 'auto', fontSize: 9.5, color: '#4a4a4a' },
  h1: { fontSize: 15, fontWeight: 'bold', color: brand, marginTop: 18, marginBottom: 8, paddingBottom: 3, borderBottomWidth: 1, borderBottomColor: '#c9d2cf' },
  h2: { fontSize: 12.5, fontWeight: 'bold', color: brand, marginTop: 12, marginBottom: 5 },
  h3: { fontSize: 11, fontWeight: 'bold', color: '#333333', marginTop: 8, marginBottom: 3 },
  paragraph: { marginBottom: 5 },
  facts: { marginBottom: 8 },
  factRow: { paddingVertical: 2, borderBottomWidth: 0.5, borderBottomColor: '#dde4e2' },
  factTerm: { width: '34%', fontWeight: 'bold', paddingHorizontal: 4 },
  factValue: { width: '66%', paddingHorizontal: 4 },
  table: { borderWidth: 1, borderColor: '#9aa7a3', marginBottom: 8 },
  row: { borderBottomWidth: 1, borderBottomColor: '#c9d2cf' },
  headRow: { backgroundColor: '#e4efec', fontWeight: 'bold' },
  totalRow: { backgroundColor: '#f3f6f5', fontWeight: 'bold' },
  cellCode: { width: '16%', paddingVertical: 4, paddingHorizontal: 6 },
  cellTitle: { width: '66%', paddingVertical: 4, paddingHorizontal: 6 },
  cellHours: { width: '18%', paddingVertical: 4, paddingHorizontal: 6 },
  item: { marginBottom: 3 },
  fileMeta: { fontSize: 8.5, color: '#4a4a4a' },
  marker: { width: 14 },
  itemBody: { flex: 1 },
  tocRow: { paddingVertical: 2.5 },
  tocTitle: { flex: 1 },
  tocPage: { width: 36 },
  link: { color: brand, textDecoration: 'none' },
  footer: { position: 'absolute', bottom: 26, left: 48, right: 48, fontSize: 8.5, color: '#4a4a4a', borderTopWidth: 0.5, borderTopColor: '#c9d2cf', paddingTop: 4 },
})

/** Where each section begins, by id, as the first rendering found it: the table of contents prints these. */
type Pages = Map<string, number>

type LaidOut = { props?: { id?: unknown } | null; children?: LaidOut[] }

/**
 * The page of every element with an id, read from the laid-out pages react-pdf hands to `onRender` (it names that
 * field internal; the version is pinned, and the contents test fails if the numbers go wrong).
 */
const sectionPages = (rendered: unknown): Pages => {
  const pages: Pages = new Map()
  const laidOut = (rendered as { _INTERNAL__LAYOUT__DATA_?: LaidOut } | undefined)?._INTERNAL__LAYOUT__DATA_
  const visit = (node: LaidOut, page: number) => {
    const id = node.props?.id
    if (typeof id === 'string' && !pages.has(id)) pages.set(id, page)
    for (const child of node.children ?? []) visit(child, page)
  }
  laidOut?.children?.forEach((page, index) => visit(page, index + 1))
  return pages
}

type Rendering = {
  edition: CurriculumEdition
  p: Printed
  date: string
  richText: RichTextContext
  pages: Pages
}

const alignment = (rtl: boolean) => ({ direction: rtl ? 'rtl' : 'ltr', textAlign: rtl ? 'right' : 'left' }) as never

/** Text in its own direction (an untranslated field comes in the other language), right to left from its first letter. */
function Words({ text, locale, style }: { text: string; locale: Locale; style?: object | object[] }) {
  const rtl = textDirection(text, locale) === 'rtl'
  return <Text style={[...(Array.isArray(style) ? style : style ? [style] : []), alignment(rtl)]}>{rtl ? rtlParagraph(text) : text}</Text>
}

function Paragraphs({ text, locale }: { text: string; locale: Locale }) {
  return (
    <>
      {text
        .split(/\n+/)
        .filter((line) => line.trim())
        .map((line, index) => (
          <Words key={index} text={line} locale={locale} style={styles.paragraph} />
        ))}
    </>
  )
}

function Facts({ facts, locale }: { facts: Fact[]; locale: Locale }) {
  const rtl = locale === 'fa'
  return (
    <View style={styles.facts}>
      {facts.map((fact) => (
        <View key={fact.key} style={[styles.factRow, { flexDirection: rtl ? 'row-reverse' : 'row' }]} wrap={false}>
          <Words text={fact.term} locale={locale} style={styles.factTerm} />
          <View style={styles.factValue}>
            {fact.values.some((value) => value.ltr) ? (
              fact.values.map((value, index) => (
                <Text key={index} style={{ textAlign: rtl ? 'right' : 'left' }}>
                  {value.text}
                </Text>
              ))
            ) : (
              <Words text={fact.values.map((value) => value.text).join(locale === 'fa' ? '، ' : ', ')} locale={locale} />
            )}
          </View>
        </View>
      ))}
    </View>
  )
}

function Bullets({ items, locale }: { items: ReactNode[]; locale: Locale }) {
  const rtl = locale === 'fa'
  return (
    <View style={styles.paragraph}>
      {items.map((item, index) => (
        <View key={index} style={[styles.item, { flexDirection: rtl ? 'row-reverse' : 'row' }]} wrap={false}>
          <Text style={[styles.marker, { textAlign: rtl ? 'right' : 'left' }]}>•</Text>
          <View style={styles.itemBody}>{item}</View>
        </View>
      ))}
    </View>
  )
}

function BlockView({ block, r }: { block: Block; r: Rendering }) {
  const { locale } = r.edition
  const rtl = locale === 'fa'
  const row = { flexDirection: rtl ? 'row-reverse' : 'row' } as const
  const w = (key: keyof typeof curriculumWords) => curriculumWords[key][locale]
  switch (block.kind) {
    case 'paragraphs':
      return <Paragraphs text={block.text} locale={locale} />
    case 'richText':
      return <PdfRichText value={block.value} context={r.richText} />
    case 'facts':
      return <Facts facts={block.facts} locale={locale} />
    case 'list':
      return <Bullets locale={locale} items={block.items.map((item, index) => <Words key={index} text={item} locale={locale} />)} />
    case 'files':
      return (
        <Bullets
          locale={locale}
          items={block.files.map((file) => (
            <View key={file.id}>
              <Words text={file.name} locale={locale} />
              <Words text={[file.kind, file.size].filter(Boolean).join(locale === 'fa' ? '، ' : ', ')} locale={locale} style={styles.fileMeta} />
              {file.name !== file.filename ? <Text style={[styles.fileMeta, { textAlign: rtl ? 'right' : 'left' }]}>{file.filename}</Text> : null}
            </View>
          ))}
        />
      )
    case 'modules':
      return (
        <View style={styles.table}>
          <View style={[styles.row, styles.headRow, row]} fixed>
            <Words text={w('moduleCode')} locale={locale} style={styles.cellCode} />
            <Words text={w('moduleTitle')} locale={locale} style={styles.cellTitle} />
            <Words text={w('moduleHours')} locale={locale} style={styles.cellHours} />
          </View>
          {block.rows.map((module) => (
            <View key={module.anchor} style={[styles.row, row]} wrap={false}>
              <Text style={[styles.cellCode, { textAlign: rtl ? 'right' : 'left' }]}>{module.code}</Text>
              <View style={styles.cellTitle}>
                <Link src={`#${module.anchor}`} style={styles.link}>
                  <Words text={module.title} locale={locale} />
                </Link>
              </View>
              <Words text={module.hours} locale={locale} style={styles.cellHours} />
            </View>
          ))}
          <View style={[styles.totalRow, row]} wrap={false}>
            <Text style={styles.cellCode}> </Text>
            <Words text={w('moduleTotal')} locale={locale} style={styles.cellTitle} />
            <Words text={block.total} locale={locale} style={styles.cellHours} />
          </View>
        </View>
      )
  }
}

const headingStyles = [styles.h1, styles.h2, styles.h3, styles.h3]

/** A heading that is a link target (its section's View is the bookmark). */
function Heading({ id, text, depth, r }: { id: string; text: string; depth: number; r: Rendering }) {
  const rtl = textDirection(text, r.edition.locale) === 'rtl'
  return (
    <Text
      id={id}
      style={[headingStyles[depth - 1] ?? styles.h3, alignment(rtl)]}
      minPresenceAhead={60}
    >
      {rtl ? rtlParagraph(text) : text}
    </Text>
  )
}

const sectionTitle = (section: Section) => (section.code ? `${section.code} — ${section.title}` : section.title)

/** Blocks short enough to keep on the page of their heading, so no heading is left alone at the foot of a page. */
const keptWithHeading = (block: Block | undefined) => block != null && block.kind !== 'richText' && block.kind !== 'modules'

function SectionView({ section, depth, r }: { section: Section; depth: number; r: Rendering }) {
  const [first, ...rest] = section.blocks
  const heading = <Heading id={section.id} text={sectionTitle(section)} depth={depth} r={r} />
  // The licence and permanent link stay together on one page.
  return (
    <Marked bookmark={{ title: sectionTitle(section), fit: true, expanded: depth === 1 }} wrap={section.id !== 'doc-licence'}>
      {keptWithHeading(first) ? (
        <View wrap={false}>
          {heading}
          <BlockView block={first!} r={r} />
        </View>
      ) : (
        <>
          {heading}
          {first ? <BlockView block={first} r={r} /> : null}
        </>
      )}
      {rest.map((block, index) => (
        <BlockView key={index} block={block} r={r} />
      ))}
      {section.sections.map((child) => (
        <SectionView key={child.id} section={child} depth={depth + 1} r={r} />
      ))}
    </Marked>
  )
}

function Cover({ r }: { r: Rendering }) {
  const { edition, p } = r
  const { locale } = edition
  const rtl = locale === 'fa'
  const facts: Fact[] = [
    { key: 'code', term: p.t.code, values: [{ text: edition.code, ltr: true }] },
    { key: 'edition', term: p.t.edition, values: [{ text: edition.edition }] },
    { key: 'date', term: p.t.editionDate, values: [{ text: r.date }] },
    { key: 'organization', term: curriculumWords.organization[locale], values: [{ text: edition.organization }] },
    { key: 'licence', term: p.t.licence, values: [{ text: edition.licence, ltr: !/[\u0600-\u06FF]/.test(edition.licence) }] },
  ].filter((fact) => fact.values[0]!.text)
  return (
    <Page size="A4" style={styles.cover}>
      <Words text={p.t.publisher} locale={locale} style={styles.publisher} />
      {/* The bookmark sits on the title, not the page: on a Page it kept the next page's footer from rendering. */}
      <Marked bookmark={{ title: edition.title, fit: true }}>
        <Words text={edition.title} locale={locale} style={styles.title} />
      </Marked>
      {edition.summary ? <Words text={edition.summary} locale={locale} style={styles.lead} /> : null}
      <Facts facts={facts} locale={locale} />
      {edition.retired ? <Words text={p.t.retired} locale={locale} style={styles.retired} /> : null}
      <Link src={p.permalink} style={[styles.coverLink, { textAlign: rtl ? 'right' : 'left' }]}>
        {p.permalink}
      </Link>
    </Page>
  )
}

function Contents({ sections, r }: { sections: Section[]; r: Rendering }) {
  const { locale } = r.edition
  const rtl = locale === 'fa'
  // Sections and modules: a module's parts are in the bookmarks, not in the printed list.
  const entries = outline(sections).filter((entry) => entry.depth <= 2)
  return (
    <Marked bookmark={{ title: r.p.t.contents, fit: true }}>
      <Words text={r.p.t.contents} locale={locale} style={styles.h1} />
      {entries.map(({ section, depth }) => {
        const page = r.pages.get(section.id)
        return (
          <View key={section.id} style={[styles.tocRow, { flexDirection: rtl ? 'row-reverse' : 'row' }]} wrap={false}>
            <Link src={`#${section.id}`} style={[styles.tocTitle, styles.link, rtl ? { paddingRight: (depth - 1) * 16 } : { paddingLeft: (depth - 1) * 16 }]}>
              <Words text={sectionTitle(section)} locale={locale} style={depth === 1 ? { fontWeight: 'bold' } : {}} />
            </Link>
            {/* Two digits' room on the first rendering, which only measures where the sections fall. */}
            <Text style={[styles.tocPage, { textAlign: rtl ? 'left' : 'right' }]}>{localDigits(String(page ?? 88), locale)}</Text>
          </View>
        )
      })}
    </Marked>
  )
}

function CurriculumPdf({ r, onRender }: { r: Rendering; onRender?: (rendered: unknown) => void }) {
  const { edition, p } = r
  const { locale } = edition
  const sections = fileSections(edition, p)
  return (
    <Document
      title={`${edition.code} ${edition.edition} — ${edition.title}`}
      author={edition.organization || 'Hamafza'}
      subject={p.t.publisher}
      language={locale}
      creator="Hamafza"
      producer="Hamafza"
      pageMode="useOutlines"
      onRender={onRender}
    >
      <Cover r={r} />
      <Page size="A4" style={styles.page}>
        <Text
          fixed
          style={[styles.footer, alignment(locale === 'fa')]}
          render={({ pageNumber, totalPages }) =>
            (locale === 'fa' ? rtlParagraph : (text: string) => text)(
              `${p.t.publisherShort} · ${edition.code} · ${edition.editionName} · ${p.t.pageOf
                .replace('{n}', localDigits(String(pageNumber), locale))
                .replace('{total}', localDigits(String(totalPages), locale))}`,
            )
          }
        />
        <Contents sections={sections} r={r} />
        <View break>
          {sections.map((section) => (
            <SectionView key={section.id} section={section} depth={1} r={r} />
          ))}
        </View>
      </Page>
    </Document>
  )
}

/**
 * The curriculum edition as an A4 PDF for teaching, with Vazirmatn embedded: a cover, a table of contents with page
 * numbers, then everything the curriculum page shows (src/curricula/edition.ts), each heading a bookmark; right to
 * left with Persian digits for fa. It is laid out twice: the first time only to learn where each section begins.
 */
export const renderCurriculumPdf = async (sheet: CurriculumSheet, permalink: string): Promise<Buffer> => {
  await registerFonts()
  const edition = curriculumEdition(sheet.doc, sheet.locale)
  const p = printed(sheet, permalink)
  const richText: RichTextContext = { locale: sheet.locale, brand, href: linkHref(new URL(permalink).origin) }
  const base = { edition, p, date: p.date, richText }
  let pages: Pages = new Map()
  await renderToBuffer(<CurriculumPdf r={{ ...base, pages }} onRender={(rendered) => (pages = sectionPages(rendered))} />)
  return renderToBuffer(<CurriculumPdf r={{ ...base, pages }} />)
}
