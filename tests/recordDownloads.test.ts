import { strFromU8, unzipSync } from 'fflate'
import { createLocalReq, type Payload } from 'payload'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { importWord } from '../src/imports/importWord'
import type { LexicalNode, RichText } from '../src/imports/richText'
import { handleRecordDownload } from '../src/downloads/recordHandler'
import type { User } from '../src/payload-types'
import { paths } from '../src/site/paths'
import { downloads } from '../src/site/text/downloads'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { absentId } from './support/ids'
import { startPayload } from './support/payload'
import { docxParagraphs } from './support/pdfText'

let payload: Payload
let cast: Cast

vi.mock('../src/site/payload', () => ({ sitePayload: async () => payload }))

type Reader = 'anonymous' | 'member'
const accessOf = (reader: Reader) => ({ overrideAccess: false as const, user: reader === 'anonymous' ? null : (cast.users[reader] as User) })

const download = (collection: string, id: number | string, { locale = 'fa', reader = 'anonymous', query = '' }: { locale?: string; reader?: Reader; query?: string } = {}) =>
  handleRecordDownload({
    payload,
    access: accessOf(reader),
    locale,
    collection,
    id: String(id),
    url: new URL(`http://127.0.0.1:3000/${locale}/${collection}/${id}/download.docx${query}`),
  })

/** The words of a Word file, body, headers and footers, a paragraph a line. */
const wordText = (file: Buffer | ArrayBuffer): string => {
  const parts = unzipSync(new Uint8Array(file))
  return Object.keys(parts)
    .filter((name) => /^word\/(document|header\d*|footer\d*)\.xml$/.test(name))
    .flatMap((name) => docxParagraphs(strFromU8(parts[name]!)))
    .join('\n')
}

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const node = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, direction: 'rtl', format: '', indent: 0, version: 1, ...extra })
const link = (words: string, url: string) => node('link', [text(words)], { fields: { linkType: 'custom', url, newTab: false } })
const paragraph = (...children: unknown[]) => node('paragraph', children)

/** Rich text with what the editor allows and an author writes: a heading, bold and italic, a link, both lists and a table. */
const rich = (words: string) => ({
  root: node('root', [
    node('heading', [text(`سرفصل ${words}`)], { tag: 'h3' }),
    paragraph(text(`${words}: دفتر دخل‌وخرج را `), text('هر روز', 1), text(' و با '), text('دقت', 2), text(' پر کنید؛ راهنما در '), link('سامانه اشتغال', `https://example.org/${encodeURIComponent(words)}`), text('.')),
    node('list', [node('listitem', [text(`پس‌انداز ${words}`)], { value: 1 }), node('listitem', [text('قسط وام در بودجه')], { value: 2 })], { listType: 'bullet', tag: 'ul', start: 1 }),
    node('list', [node('listitem', [text('ثبت درآمد')], { value: 1 }), node('listitem', [text('ثبت هزینه')], { value: 2 })], { listType: 'number', tag: 'ol', start: 1 }),
    node('table', [
      node('tablerow', [node('tablecell', [paragraph(text('هفته'))], { headerState: 1 }), node('tablecell', [paragraph(text('تمرین'))], { headerState: 1 })]),
      node('tablerow', [node('tablecell', [paragraph(text('یکم'))], { headerState: 0 }), node('tablecell', [paragraph(text(`بودجه Excel ${words}`))], { headerState: 0 })]),
    ]),
  ]),
})

/** Text as the search compares it: one form of each letter sequence, one space between words. */
const normal = (value: string) => value.normalize('NFC').replace(/\s+/g, ' ').trim()

const textOf = (value: LexicalNode): string => (typeof value.text === 'string' ? value.text : (value.children ?? []).map(textOf).join(''))

/** A run's marks as a reader sees them: **bold**, _italic_, [a link](address). */
const inline = (nodes: LexicalNode[] = []): string =>
  nodes
    .map((child) => {
      if (child.type === 'text') {
        const bits = Number(child.format) || 0
        const words = child.text ?? ''
        return bits & 1 ? `**${words}**` : bits & 2 ? `_${words}_` : words
      }
      if (child.type === 'link' || child.type === 'autolink') return `[${textOf(child)}](${(child.fields as { url?: string } | undefined)?.url ?? child.url})`
      if (child.type === 'linebreak') return ' '
      return inline(child.children)
    })
    .join('')

/** Rich text as a list of blocks, each its kind and its marked-up text: what must survive the round trip. */
const blocks = (value: unknown): string[] =>
  ((value as RichText | null | undefined)?.root.children ?? []).flatMap((block): string[] => {
    switch (block.type) {
      case 'heading':
        return [`${block.tag} ${normal(textOf(block))}`]
      case 'list':
        return (block.children ?? []).map((item) => `${block.listType} ${normal(inline(item.children))}`)
      case 'table':
        return (block.children ?? []).map((row) => `row | ${(row.children ?? []).map((cell) => normal(textOf(cell))).join(' | ')} |`)
      default:
        return [`${block.type} ${normal(inline(block.children))}`]
    }
  })

const publish = async (collection: 'case-studies' | 'lessons' | 'best-practices', data: Record<string, unknown>) =>
  payload.create({ collection, data: { ...sampleData(collection, cast.orgs.roshan), ...data, _status: 'published' } as never })

/** Exports the record's current edition as a visitor would download it, and imports the file as another NGO's editor. */
const roundTrip = async (collection: 'case-studies' | 'lessons' | 'best-practices', id: number | string, fields: Record<string, unknown>) => {
  const response = await download(collection, id)
  expect(response.status, await response.clone().text()).toBe(200)
  const file = Buffer.from(await response.arrayBuffer())
  const req = await createLocalReq({ user: { ...cast.users.otherEditor, collection: 'users' } as never }, payload)
  const imported = await importWord({ req, collection, file: { name: 'exported.docx', data: file }, organization: cast.orgs.omid, fields })
  const draft = await payload.findByID({ collection, id: imported.id, draft: true, locale: 'fa', depth: 0, overrideAccess: true })
  return { file, imported, draft: draft as unknown as Record<string, unknown> }
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
})

describe('a case study, lesson or best practice downloaded as Word and imported back', () => {
  it('gives back the same case study: its summary, context, intervention and results, rich text and all', async () => {
    const original = {
      title: 'کارگاه قالی‌بافی بانوان سرپرست خانوار در کرمان',
      summary: 'صد و بیست بانو در شش ماه آموزش دیدند.\nنیمی از آنان کار یافتند.',
      context: rich('زمینه'),
      intervention: rich('مداخله'),
      results: rich('نتایج'),
    }
    const doc = await publish('case-studies', { ...original, periodStart: '2024-03-20', periodEnd: '2024-09-22' })
    const { file, imported, draft } = await roundTrip('case-studies', doc.id, { outcome: 'success' })

    expect(draft.title).toBe(original.title)
    expect(normal(String(draft.summary))).toBe(normal(original.summary))
    for (const field of ['context', 'intervention', 'results'] as const) {
      expect(blocks(draft[field]), field).toEqual(blocks(original[field]))
    }
    // Each mark came back where it was: a heading, bold, italic, the link with its address, both lists, the table.
    expect(blocks(draft.context)).toEqual(
      expect.arrayContaining(['h3 سرفصل زمینه', 'bullet پس‌انداز زمینه', 'number ثبت هزینه', 'row | یکم | بودجه Excel زمینه |']),
    )
    expect(blocks(draft.context).join('\n')).toMatch(/\*\*هر روز\*\*.*_دقت_.*\[سامانه اشتغال\]\(https:\/\/example\.org\//)
    expect(imported.placed.map((place) => place.field)).toEqual(['summary', 'context', 'intervention', 'results'])
    // The facts stand in the first page's header, in Persian with the Jalali date; the body is the record alone.
    const words = wordText(file)
    expect(words).toContain('مهر ۱۴۰۳')
    expect(words).toContain('انجمن روشن')
  })

  it('gives back the same lesson: its observation, lesson, recommendation and applicability', async () => {
    const original = {
      title: 'پیش از آموزش، بازار کار محلی را بسنجید',
      observation: rich('مشاهده'),
      lesson: rich('درس'),
      recommendation: { action: 'پیش از هر دوره، نیاز کارفرمایان شهرستان را بپرسید.', actor: 'مدیران برنامه' },
      applicability: 'شهرهای کوچک با بازار کار محدود.\nروستاهای نزدیک به شهر.',
    }
    const doc = await publish('lessons', original)
    const { draft, imported } = await roundTrip('lessons', doc.id, { rootCause: 'market' })

    expect(draft.title).toBe(original.title)
    expect(blocks(draft.observation)).toEqual(blocks(original.observation))
    expect(blocks(draft.lesson)).toEqual(blocks(original.lesson))
    expect(normal(String((draft.recommendation as { action?: string }).action))).toBe(normal(original.recommendation.action))
    expect(normal(String(draft.applicability))).toBe(normal(original.applicability))
    expect(imported.placed.map((place) => place.field)).toEqual(['observation', 'lesson', 'recommendation.action', 'applicability'])
  })

  it('gives back the same best practice: its summary, steps in order, transfer conditions and resources', async () => {
    const original = {
      title: 'همراهی کارفرما از نخستین روز',
      summary: 'کارفرما از آغاز در طراحی دوره شریک است.',
      steps: [
        { title: 'شناسایی کارفرمایان محلی', description: rich('گام یکم') },
        { title: 'طراحی دوره با کارفرما', description: rich('گام دوم') },
      ],
      transferConditions: rich('شرایط'),
      resourcesNeeded: 'یک کارشناس ارتباط با کارفرما.\nبودجه سفر درون‌استانی.',
    }
    const doc = await publish('best-practices', original)
    const { draft } = await roundTrip('best-practices', doc.id, {})

    expect(draft.title).toBe(original.title)
    expect(normal(String(draft.summary))).toBe(normal(original.summary))
    const steps = draft.steps as { title: string; description: unknown }[]
    expect(steps.map((step) => step.title)).toEqual(original.steps.map((step) => step.title))
    steps.forEach((step, index) => expect(blocks(step.description), step.title).toEqual(blocks(original.steps[index]!.description)))
    expect(blocks(draft.transferConditions)).toEqual(blocks(original.transferConditions))
    expect(normal(String(draft.resourcesNeeded))).toBe(normal(original.resourcesNeeded))
  })
})

describe('the Word file of a record, as the reader asks for it', () => {
  it('names the file by its title in UTF-8 and gives the edition the page pins', async () => {
    const doc = await publish('lessons', { title: 'درس نخست: بازار', lesson: rich('نسخه یکم') })
    const first = (await payload.findVersions({ collection: 'lessons', where: { parent: { equals: doc.id } } })).docs[0]!
    await payload.update({ collection: 'lessons', id: doc.id, data: { title: 'درس بازنگری‌شده: بازار', _status: 'published' } as never })
    await payload.update({ collection: 'lessons', id: doc.id, draft: true, data: { title: 'پیش‌نویس محرمانه', _status: 'draft' } as never })

    const current = await download('lessons', doc.id)
    expect(current.status).toBe(200)
    expect(current.headers.get('Content-Type')).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document')
    const utf8Name = /filename\*=UTF-8''([^;]+)/.exec(current.headers.get('Content-Disposition') ?? '')?.[1]
    expect(decodeURIComponent(utf8Name ?? '')).toBe('درس بازنگری‌شده بازار (v2).docx')
    expect(current.headers.get('Content-Disposition')).toContain(`filename="hamafza-lessons-${doc.id}-v2-fa.docx"`)
    const currentWords = wordText(await current.arrayBuffer())
    expect(currentWords).toContain('درس بازنگری‌شده: بازار')
    expect(currentWords).not.toContain('پیش‌نویس محرمانه')

    const pinned = await download('lessons', doc.id, { query: `?edition=${first.id}` })
    expect(pinned.status).toBe(200)
    const pinnedWords = wordText(await pinned.arrayBuffer())
    expect(pinnedWords).toContain('درس نخست: بازار')
    expect(pinnedWords).toContain('نسخه ۱')

    const english = await download('lessons', doc.id, { locale: 'en' })
    expect(english.status).toBe(200)
    expect(wordText(await english.arrayBuffer())).toContain('version 2')
    expect(paths.recordDownload('fa', 'lessons', doc.id, first.id)).toBe(`/fa/lessons/${doc.id}/download.docx?edition=${first.id}`)
  })

  it('gives a members-only record to members alone, never a draft, and refuses a bad edition with words', async () => {
    const closed = await publish('case-studies', { title: 'مطالعه ویژه اعضا', visibility: 'members', context: rich('ویژه') })
    const visitor = await download('case-studies', closed.id)
    expect(visitor.status).toBe(404)
    expect(await visitor.text()).toContain(downloads.recordNotFound.fa)
    expect((await download('case-studies', closed.id, { reader: 'member' })).status).toBe(200)

    const draft = await payload.create({ collection: 'case-studies', data: { ...sampleData('case-studies', cast.orgs.roshan), title: 'فقط پیش‌نویس' } as never, draft: true })
    const asked = await download('case-studies', draft.id, { reader: 'member' })
    expect(asked.status).toBe(404)

    for (const query of ['?edition=garbage', '?edition=-1', '?edition=%3Cscript%3E', '?edition=1&edition=2']) {
      const answer = await download('case-studies', closed.id, { reader: 'member', query, locale: 'en' })
      expect(answer.status, query).toBe(400)
      expect(await answer.text(), query).toMatch(/edition/)
    }
    expect((await download('case-studies', closed.id, { reader: 'member', query: `?edition=${absentId(payload, 'case-studies')}` })).status).toBe(404)
    const curriculum = await download('curricula', closed.id)
    expect(curriculum.status).toBe(404)
    expect(await curriculum.text()).toContain(downloads.recordNotOffered.fa)
  })
})
