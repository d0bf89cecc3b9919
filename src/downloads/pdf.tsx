import { Document, Link, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer'

import { registerFonts } from './fonts'
import type { CurriculumSheet } from './sheet'
import { printed, type Printed } from './words'

const brand = '#0b5d4b'

/**
 * A right-to-left mark (zero width in Vazirmatn) in front of a Persian paragraph: it makes the paragraph run right
 * to left from its first letter even where @react-pdf loses the `direction` style (it did so in the page's fixed
 * footer, which then began with the code on the left), so a paragraph that starts with a code or an English word
 * ("SOFT-01 …", "Excel …") stays right to left.
 */
export const rtlParagraph = (text: string): string => `\u200f${text}`

const styles = StyleSheet.create({
  page: { fontFamily: 'Vazirmatn', fontSize: 10.5, lineHeight: 1.6, paddingTop: 40, paddingBottom: 56, paddingHorizontal: 44, color: '#1b1b1b' },
  publisher: { fontSize: 8.5, color: '#4a4a4a', marginBottom: 6 },
  title: { fontSize: 19, fontWeight: 'bold', color: brand, lineHeight: 1.5, marginBottom: 4 },
  meta: { fontSize: 10, color: '#333333', marginBottom: 2 },
  retired: { fontSize: 10, fontWeight: 'bold', color: '#8a1c1c', borderWidth: 1, borderColor: '#8a1c1c', padding: 6, marginTop: 8 },
  heading: { fontSize: 13, fontWeight: 'bold', color: brand, marginTop: 16, marginBottom: 6 },
  paragraph: { marginBottom: 4 },
  table: { borderWidth: 1, borderColor: '#9aa7a3', marginTop: 2 },
  row: { borderBottomWidth: 1, borderBottomColor: '#c9d2cf' },
  headRow: { backgroundColor: '#e4efec' },
  totalRow: { backgroundColor: '#f3f6f5' },
  cellCode: { width: '18%', paddingVertical: 4, paddingHorizontal: 6 },
  cellTitle: { width: '64%', paddingVertical: 4, paddingHorizontal: 6 },
  cellHours: { width: '18%', paddingVertical: 4, paddingHorizontal: 6 },
  bold: { fontWeight: 'bold' },
  factRow: { marginBottom: 2 },
  ltr: { direction: 'ltr', textAlign: 'left' },
  footer: { position: 'absolute', bottom: 24, left: 44, right: 44, fontSize: 8.5, color: '#4a4a4a' },
})

function Fact({ label, value, dir }: { label: string; value: string; dir: { direction: 'rtl' | 'ltr'; textAlign: 'right' | 'left' } }) {
  return (
    <Text style={[styles.factRow, dir]}>
      <Text style={styles.bold}>{dir.direction === 'rtl' ? rtlParagraph(`${label}: `) : `${label}: `}</Text>
      {value}
    </Text>
  )
}

function CurriculumPdf({ sheet, p }: { sheet: CurriculumSheet; p: Printed }) {
  const rtl = sheet.locale === 'fa'
  const para = (text: string) => (rtl ? rtlParagraph(text) : text)
  const dir = { direction: rtl ? ("rtl" as const) : ("ltr" as const), textAlign: rtl ? ("right" as const) : ("left" as const) }
  const row = { flexDirection: rtl ? 'row-reverse' : 'row' } as const
  const hoursAlign = { textAlign: rtl ? 'left' : 'right' } as const
  const { t } = p
  return (
    <Document title={`${p.code} ${sheet.edition} — ${p.title}`} author="Hamafza" subject={t.publisher} language={sheet.locale} creator="Hamafza" producer="Hamafza">
      <Page size="A4" style={styles.page}>
        <Text style={[styles.publisher, dir]}>{para(t.publisher)}</Text>
        <Text style={[styles.title, dir]}>{para(p.title)}</Text>
        <Fact dir={dir} label={t.code} value={p.code} />
        <Fact dir={dir} label={t.edition} value={p.edition} />
        <Fact dir={dir} label={t.editionDate} value={p.date} />
        {sheet.retired ? <Text style={[styles.retired, dir]}>{para(t.retired)}</Text> : null}

        {sheet.summary ? (
          <>
            <Text style={[styles.heading, dir]} minPresenceAhead={40}>{t.summary}</Text>
            <Text style={[styles.paragraph, dir]}>{para(sheet.summary)}</Text>
          </>
        ) : null}

        <Text style={[styles.heading, dir]} minPresenceAhead={80}>{t.modules}</Text>
        <View style={styles.table}>
          <View style={[styles.row, styles.headRow, row]} fixed>
            <Text style={[styles.cellCode, styles.bold, dir]}>{t.moduleCode}</Text>
            <Text style={[styles.cellTitle, styles.bold, dir]}>{t.moduleTitle}</Text>
            <Text style={[styles.cellHours, styles.bold, dir, hoursAlign]}>{t.moduleHours}</Text>
          </View>
          {p.modules.map((module, index) => (
            <View key={index} style={[styles.row, row]} wrap={false}>
              <Text style={[styles.cellCode, styles.ltr, rtl ? { textAlign: 'right' } : {}]}>{module.code}</Text>
              <Text style={[styles.cellTitle, dir]}>{para(module.title)}</Text>
              <Text style={[styles.cellHours, dir, hoursAlign]}>{module.hours}</Text>
            </View>
          ))}
          <View style={[styles.totalRow, row]} wrap={false}>
            <Text style={[styles.cellCode, dir]}> </Text>
            <Text style={[styles.cellTitle, styles.bold, dir]}>{t.totalModules}</Text>
            <Text style={[styles.cellHours, styles.bold, dir, hoursAlign]}>{p.moduleTotal}</Text>
          </View>
        </View>
        <View style={{ marginTop: 8 }}>
          <Fact dir={dir} label={t.hoursTheory} value={p.hoursTheory} />
          <Fact dir={dir} label={t.hoursPractice} value={p.hoursPractice} />
          <Fact dir={dir} label={t.hoursTotal} value={p.hoursTotal} />
        </View>

        <Text style={[styles.heading, dir]} minPresenceAhead={40}>{t.placement}</Text>
        {p.placementLines.map((line, index) => (
          <Text key={index} style={[styles.paragraph, dir]}>
            {para(line)}
          </Text>
        ))}
        {p.tasks.length ? (
          <>
            <Text style={[styles.bold, dir]}>{t.tasks}</Text>
            {p.tasks.map((task, index) => (
              <Text key={index} style={[styles.paragraph, dir]}>{para(`• ${task}`)}</Text>
            ))}
          </>
        ) : null}

        {sheet.attachments.length ? (
          <>
            <Text style={[styles.heading, dir]} minPresenceAhead={40}>{t.attachments}</Text>
            {sheet.attachments.map((file) => (
              <Text key={file.id} style={[styles.paragraph, dir]}>{para(`• ${file.title ? `${file.title} — ` : ''}${file.filename}`)}</Text>
            ))}
          </>
        ) : null}

        <View wrap={false}>
          <Text style={[styles.heading, dir]}>{t.licence}</Text>
          <Text style={[styles.paragraph, styles.ltr, rtl ? { textAlign: 'right' } : {}]}>{p.licence}</Text>
          <Text style={[styles.bold, dir]}>{t.permalink}</Text>
          <Link src={p.permalink} style={[styles.ltr, rtl ? { textAlign: 'right' } : {}, { color: brand }]}>
            {p.permalink}
          </Link>
        </View>

        <View fixed style={styles.footer}>
          <Text style={dir}>{para(`${t.publisherShort} · ${t.edition} ${p.edition} · ${p.code}`)}</Text>
        </View>
      </Page>
    </Document>
  )
}

/** The curriculum edition as an A4 PDF with Vazirmatn embedded: right to left for fa, left to right for en. */
export const renderCurriculumPdf = async (sheet: CurriculumSheet, permalink: string): Promise<Buffer> => {
  await registerFonts()
  return renderToBuffer(<CurriculumPdf sheet={sheet} p={printed(sheet, permalink)} />)
}
