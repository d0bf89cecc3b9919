import { Document as PdfDocument, Page, StyleSheet, Text, View, renderToBuffer } from '@react-pdf/renderer'
import { BorderStyle, Document, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx'
import type { Payload } from 'payload'

import { registerFonts } from '../../src/downloads/fonts'
import { rtlParagraph } from '../../src/downloads/textDirection'
import { ngo } from './organizations'
import type { Change } from './records'

/**
 * The files the demo curricula come with, as a trainer would hand them out: a handout PDF for the trainer
 * and a worksheet DOCX for the learners, made here (in Persian, with Vazirmatn) and uploaded as Media.
 */
type Session = { module: string; title: string; hours: number; activity: string }

type HandoutSeed = {
  kind: 'handout'
  filename: string
  organization: string
  title: { fa: string; en: string }
  code: string
  edition: string
  intro: string
  sessions: Session[]
  tips: string[]
}

type WorksheetSeed = {
  kind: 'worksheet'
  filename: string
  organization: string
  title: { fa: string; en: string }
  intro: string
  prompts: string[]
}

export type CurriculumFileSeed = HandoutSeed | WorksheetSeed

export const curriculumFiles: CurriculumFileSeed[] = [
  {
    kind: 'handout',
    filename: 'SOFT-01-2.0-trainer-handout.pdf',
    organization: ngo.lorestanBees,
    title: { fa: 'جزوه مربی: آمادگی شغلی، مهارت‌های نرم', en: 'Trainer’s handout: job readiness, soft skills' },
    code: 'SOFT-01',
    edition: '۲٫۰',
    intro: 'برنامه جلسه‌به‌جلسه برای مربیانی که دوره SOFT-01 را برگزار می‌کنند؛ هر جلسه با تجربه خود آموزندگان آغاز می‌شود.',
    sessions: [
      { module: 'M1', title: 'اعتمادبه‌نفس و خودباوری', hours: 12, activity: 'نقشه توانایی‌ها و روایت یک موفقیت کوچک' },
      { module: 'M2', title: 'جرأتمندی و ارتباط مؤثر', hours: 12, activity: 'ایفای نقش «نه» گفتن و گفت‌وگوی دستمزد' },
      { module: 'M3', title: 'سواد مالی', hours: 20, activity: 'دفتر دخل‌وخرج و بودجه سه‌ماهه' },
      { module: 'M4', title: 'عادت‌های کاری و ارتباط در محیط کار', hours: 8, activity: 'شبیه‌سازی یک روز کاری' },
      { module: 'M5', title: 'جست‌وجوی کار و مصاحبه', hours: 8, activity: 'رزومه یک‌صفحه‌ای و مصاحبه آزمایشی' },
    ],
    tips: [
      'برای آموزندگان ناشنوا، مترجم زبان اشاره را از جلسه نخست هماهنگ کنید.',
      'جزوه‌ها را با قلم درشت چاپ کنید و نسخه صوتی را پیش از جلسه بفرستید.',
      'حضور دست‌کم ۸۰ درصد شرط گواهی پایان دوره است؛ غیبت‌ها را هر هفته ثبت کنید.',
    ],
  },
  {
    kind: 'worksheet',
    filename: 'SOFT-01-2.0-budget-worksheet.docx',
    organization: ngo.lorestanBees,
    title: { fa: 'کاربرگ آموزنده: بودجه سه‌ماهه', en: 'Learner worksheet: a three-month budget' },
    intro: 'این کاربرگ برای پودمان سواد مالی (M3) است. هر ردیف را با ارقام واقعی خود پر کنید.',
    prompts: ['درآمد ماهانه', 'هزینه خانه', 'هزینه کار', 'قسط وام', 'پس‌انداز برای ماه‌های کم‌درآمد'],
  },
  {
    kind: 'handout',
    filename: 'APPR-01-1.0-mentor-handout.pdf',
    organization: ngo.kermanCarpet,
    title: { fa: 'جزوه استادکار: کارورزی استاد–شاگردی', en: 'Master’s handout: the master–apprentice placement' },
    code: 'APPR-01',
    edition: '۱٫۰',
    intro: 'راهنمای استادکاری که شاگرد می‌پذیرد: سه تا شش ماه کار در کارگاه، با دفتر کارورزی و گفت‌وگوی هفتگی.',
    sessions: [
      { module: 'M1', title: 'آشنایی با کارگاه و ایمنی', hours: 8, activity: 'گردش در کارگاه و آزمون ایمنی شفاهی' },
      { module: 'M2', title: 'کار زیر نظر استادکار', hours: 300, activity: 'کار روزانه کنار استادکار با بازخورد فوری' },
      { module: 'M3', title: 'تولید مستقل', hours: 160, activity: 'انجام یک سفارش کوچک و بازبینی استادکار' },
      { module: 'M4', title: 'سنجش پایانی و کارنامه', hours: 12, activity: 'ارائه نمونه‌کار با حضور استادکار دیگر' },
    ],
    tips: [
      'بیش از سه شاگرد هم‌زمان نپذیرید؛ تجربه طرح فرش کرمان نشان داد که با چهار شاگرد بازخورد روزانه ممکن نیست.',
      'دفتر کارورزی را هر هفته امضا کنید.',
    ],
  },
  {
    kind: 'worksheet',
    filename: 'APPR-01-1.0-placement-log.docx',
    organization: ngo.kermanCarpet,
    title: { fa: 'دفتر کارورزی هفتگی', en: 'Weekly placement log' },
    intro: 'شاگرد هر هفته این برگه را پر می‌کند و استادکار آن را امضا می‌کند.',
    prompts: ['کارهایی که این هفته انجام دادم', 'چیزی که تازه یاد گرفتم', 'دشواری‌ها', 'امضای استادکار'],
  },
]

const handoutStyles = StyleSheet.create({
  page: { fontFamily: 'Vazirmatn', fontSize: 11, lineHeight: 1.6, padding: 44 },
  title: { fontSize: 18, fontWeight: 'bold', color: '#0b5d4b', marginBottom: 6 },
  text: { marginBottom: 4 },
  heading: { fontSize: 13, fontWeight: 'bold', marginTop: 14, marginBottom: 6 },
  row: { flexDirection: 'row-reverse', borderBottomWidth: 1, borderBottomColor: '#c9d2cf', paddingVertical: 4 },
})

const rtl = { direction: 'rtl', textAlign: 'right' } as const

const handoutPdf = async (seed: HandoutSeed): Promise<Buffer> => {
  await registerFonts()
  return renderToBuffer(
    <PdfDocument title={seed.title.fa} language="fa" author="Hamafza">
      <Page size="A4" style={handoutStyles.page}>
        <Text style={[handoutStyles.title, rtl]}>{seed.title.fa}</Text>
        <Text style={[handoutStyles.text, rtl]}>{rtlParagraph(`${seed.code} — ویرایش ${seed.edition}`)}</Text>
        <Text style={[handoutStyles.text, rtl]}>{rtlParagraph(seed.intro)}</Text>
        <Text style={[handoutStyles.heading, rtl]}>برنامه جلسه‌ها</Text>
        {seed.sessions.map((session) => (
          <View key={session.module} style={handoutStyles.row} wrap={false}>
            <Text style={[{ width: '12%' }, rtl]}>{session.module}</Text>
            <Text style={[{ width: '36%' }, rtl]}>{rtlParagraph(session.title)}</Text>
            <Text style={[{ width: '40%' }, rtl]}>{session.activity}</Text>
            <Text style={[{ width: '12%' }, rtl]}>{`${toPersianDigits(session.hours)} ساعت`}</Text>
          </View>
        ))}
        <Text style={[handoutStyles.heading, rtl]}>نکته‌ها برای مربی</Text>
        {seed.tips.map((tip, index) => (
          <Text key={index} style={[handoutStyles.text, rtl]}>{`• ${tip}`}</Text>
        ))}
      </Page>
    </PdfDocument>,
  )
}

const toPersianDigits = (value: number) => new Intl.NumberFormat('fa-IR', { useGrouping: false }).format(value)

const worksheetDocx = (seed: WorksheetSeed): Promise<Buffer> => {
  const font = { ascii: 'Vazirmatn', hAnsi: 'Vazirmatn', cs: 'Vazirmatn', eastAsia: 'Vazirmatn' }
  const run = (text: string, bold = false) => new TextRun({ text, font, bold, boldComplexScript: bold, rightToLeft: true })
  const line = { style: BorderStyle.SINGLE, size: 4, color: '9AA7A3' }
  const cell = (text: string, width: number, bold = false) =>
    new TableCell({ width: { size: width, type: WidthType.PERCENTAGE }, children: [new Paragraph({ bidirectional: true, children: [run(text, bold)] })] })
  const months = ['ماه اول', 'ماه دوم', 'ماه سوم']
  const isBudget = seed.prompts.length === 5
  const header = isBudget ? ['', ...months] : ['', 'یادداشت']
  return Packer.toBuffer(
    new Document({
      creator: 'Hamafza',
      title: seed.title.fa,
      styles: { default: { document: { run: { font, size: 24, sizeComplexScript: 24 } } } },
      sections: [
        {
          children: [
            new Paragraph({ bidirectional: true, children: [run(seed.title.fa, true)], spacing: { after: 120 } }),
            new Paragraph({ bidirectional: true, children: [run(seed.intro)], spacing: { after: 200 } }),
            new Table({
              visuallyRightToLeft: true,
              width: { size: 100, type: WidthType.PERCENTAGE },
              borders: { top: line, bottom: line, left: line, right: line, insideHorizontal: line, insideVertical: line },
              rows: [
                new TableRow({ tableHeader: true, children: header.map((text, i) => cell(text, i === 0 ? 40 : 60 / (header.length - 1), true)) }),
                ...seed.prompts.map(
                  (prompt) => new TableRow({ children: [cell(prompt, 40), ...header.slice(1).map(() => cell('', 60 / (header.length - 1)))] }),
                ),
              ],
            }),
          ],
        },
      ],
    }),
  )
}

/** The bytes of one demo file. */
export const curriculumFileBytes = (seed: CurriculumFileSeed): Promise<Buffer> =>
  seed.kind === 'handout' ? handoutPdf(seed) : worksheetDocx(seed)

/**
 * Makes each demo file exist once in Media, found again by its file name on later runs (Payload would give
 * a second upload of the same name a new name, so the name is the file's stable key).
 */
export const ensureCurriculumFile = async (
  payload: Payload,
  seed: CurriculumFileSeed,
  organization: number,
): Promise<{ id: number; change: Change }> => {
  const found = await payload.find({ collection: 'media', where: { filename: { equals: seed.filename } }, depth: 0, limit: 1, pagination: false })
  const existing = found.docs[0]
  if (existing) return { id: existing.id, change: 'unchanged' }
  const data = await curriculumFileBytes(seed)
  const mimetype =
    seed.kind === 'handout' ? 'application/pdf' : 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'
  const created = await payload.create({
    collection: 'media',
    locale: 'fa',
    depth: 0,
    data: { title: seed.title.fa, alt: seed.title.fa, visibility: 'public', organization } as never,
    file: { data, mimetype, name: seed.filename, size: data.length },
  })
  await payload.update({ collection: 'media', id: created.id, locale: 'en', depth: 0, data: { title: seed.title.en, alt: seed.title.en } })
  return { id: created.id, change: 'created' }
}
