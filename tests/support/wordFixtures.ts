import {
  AlignmentType,
  Document,
  ExternalHyperlink,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
} from 'docx'

import { png } from './files'

const fa = (text: string, options: { bold?: boolean; italics?: boolean } = {}) => new TextRun({ text, rightToLeft: true, ...options })
const rtl = (...children: (TextRun | ExternalHyperlink | ImageRun)[]) => new Paragraph({ bidirectional: true, alignment: AlignmentType.RIGHT, children })
const heading = (text: string, level: (typeof HeadingLevel)[keyof typeof HeadingLevel]) =>
  new Paragraph({ heading: level, bidirectional: true, children: [fa(text)] })
const bullet = (text: string) => new Paragraph({ bidirectional: true, bullet: { level: 0 }, children: [fa(text)] })
const cell = (text: string) => new TableCell({ children: [rtl(fa(text))] })

/** What the case-study fixture holds, in the order a reader meets it. */
export const caseStudyWords = {
  title: 'کارگاه قالی‌بافی زنان سرپرست خانوار در کرمان',
  preface: 'این گزارش را کارکنان انجمن پس از پایان دوره نوشته‌اند.',
  bold: 'بیست زن',
  italic: 'با همراهی بهزیستی',
  context: 'زنان سرپرست خانوار در روستاهای کرمان درآمد ثابتی ندارند و می‌خواهند در خانه کار کنند.',
  halfSpaced: 'می‌خواهند',
  listItems: ['شناسایی کارفرمایان فرش', 'آموزش گره‌زدن در شش ماه', 'کارورزی در کارگاه'],
  table: [['ماه', 'شرکت‌کننده'], ['فروردین', '۲۰']],
  linkText: 'گزارش بهزیستی',
  linkUrl: 'https://example.org/behzisti-report',
  results: 'چهارده نفر پس از شش ماه هنوز کار می‌کنند.',
  imageAlt: 'کارگاه قالی‌بافی',
  notes: 'یادداشت‌های میدانی',
  notesText: 'دو نفر به دلیل بیماری فرزند دوره را رها کردند.',
  english: 'Funded by the State Welfare Organization.',
}

/** A Persian case study written the way NGOs write them in Word: headings, a list, a table, a link, a picture. */
export const caseStudyDocx = async (): Promise<Buffer> => {
  const w = caseStudyWords
  const picture = await png()
  const doc = new Document({
    sections: [
      {
        properties: {},
        children: [
          heading(w.title, HeadingLevel.HEADING_1),
          rtl(fa(w.preface + ' '), fa(w.bold, { bold: true }), fa(' آموزش دیدند، '), fa(w.italic, { italics: true }), fa('.')),
          heading('زمینه', HeadingLevel.HEADING_2),
          rtl(fa(w.context)),
          heading('مداخله', HeadingLevel.HEADING_2),
          ...w.listItems.map(bullet),
          new Table({ rows: w.table.map((row) => new TableRow({ children: row.map(cell) })) }),
          rtl(fa('جزئیات در '), new ExternalHyperlink({ link: w.linkUrl, children: [fa(w.linkText)] }), fa(' آمده است.')),
          heading('نتایج', HeadingLevel.HEADING_2),
          rtl(fa(w.results)),
          new Paragraph({
            children: [new ImageRun({ type: 'png', data: picture, transformation: { width: 320, height: 240 }, altText: { name: 'workshop', title: w.imageAlt, description: w.imageAlt } })],
          }),
          heading(w.notes, HeadingLevel.HEADING_2),
          rtl(fa(w.notesText)),
          new Paragraph({ children: [new TextRun(w.english)] }),
        ],
      },
    ],
  })
  return Buffer.from(await Packer.toBuffer(doc))
}

/** A lesson in Word: observation, the lesson, a recommendation. */
export const lessonDocx = async (title = 'بازار را پیش از آموزش بسنجید'): Promise<Buffer> => {
  const doc = new Document({
    sections: [
      {
        children: [
          heading(title, HeadingLevel.HEADING_1),
          heading('مشاهده', HeadingLevel.HEADING_2),
          rtl(fa('کارآموزان خیاطی پس از دوره کاری پیدا نکردند.')),
          heading('درس آموخته', HeadingLevel.HEADING_2),
          rtl(fa('نیاز بازار کار محلی باید پیش از طراحی دوره سنجیده شود.')),
          heading('توصیه', HeadingLevel.HEADING_2),
          rtl(fa('پیش از هر دوره با سه کارفرمای محلی گفت‌وگو کنید.')),
        ],
      },
    ],
  })
  return Buffer.from(await Packer.toBuffer(doc))
}

/** A curriculum in Word: each second-level heading a module. */
export const curriculumDocx = async (): Promise<Buffer> => {
  const doc = new Document({
    sections: [
      {
        children: [
          heading('مهارت‌های نرم کاریابی', HeadingLevel.HEADING_1),
          rtl(fa('این برنامه برای جویندگان کار نخستین است.')),
          heading('خودشناسی', HeadingLevel.HEADING_2),
          rtl(fa('شناخت توانایی‌ها و علاقه‌ها.')),
          heading('تمرین', HeadingLevel.HEADING_3),
          rtl(fa('فهرست ده کار که خوب انجام می‌دهید.')),
          heading('نوشتن رزومه', HeadingLevel.HEADING_2),
          rtl(fa('رزومه یک صفحه‌ای.')),
        ],
      },
    ],
  })
  return Buffer.from(await Packer.toBuffer(doc))
}
