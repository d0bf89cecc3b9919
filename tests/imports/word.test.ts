import { readdirSync } from 'node:fs'

import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { eachNode, type LexicalNode, type RichText } from '../../src/imports/richText'
import { buildCast, type Cast } from '../support/fixtures'
import { pdf } from '../support/files'
import { startPayload } from '../support/payload'
import { rest } from '../support/rest'
import { caseStudyDocx, caseStudyWords as w, curriculumDocx, lessonDocx } from '../support/wordFixtures'

let payload: Payload
let cast: Cast
const tokens: Record<string, string> = {}
const docxType = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document'

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  for (const role of ['editor', 'otherEditor', 'member', 'admin'] as const) {
    const email = cast.users[role].email
    tokens[role] = (await payload.login({ collection: 'users', data: { email, password: cast.passwords[email]! } })).token!
  }
})

const importWord = (collection: string, name: string, bytes: Buffer, { as = 'editor', fields = {}, query = '', language }: { as?: string; fields?: object; query?: string; language?: string } = {}) => {
  const form = new FormData()
  form.append('file', new Blob([new Uint8Array(bytes)], { type: docxType }), name)
  form.append('_payload', JSON.stringify(fields))
  return rest('POST', `/${collection}/import-word${query}`, { token: tokens[as], form, headers: language ? { 'Accept-Language': language } : {} })
}

const filesOnDisk = () => {
  try {
    return readdirSync(process.env.MEDIA_DIR!).sort()
  } catch {
    return []
  }
}

const stored = async () => ({
  files: filesOnDisk(),
  media: (await payload.count({ collection: 'media', overrideAccess: true })).totalDocs,
  caseStudies: (await payload.count({ collection: 'case-studies', overrideAccess: true })).totalDocs,
  lessons: (await payload.count({ collection: 'lessons', overrideAccess: true })).totalDocs,
})

/** The document's blocks as a reader meets them: one line per block, its kind and its text. */
const blocks = (state: RichText | null | undefined): string[] => {
  const lines: string[] = []
  const textOf = (node: LexicalNode): string => (typeof node.text === 'string' ? node.text : (node.children ?? []).map(textOf).join(''))
  for (const node of state?.root.children ?? []) lines.push(`${node.type}${node.tag ? `:${node.tag}` : ''} ${textOf(node)}`.trim())
  return lines
}

describe('a Word file into a draft', () => {
  it('previews where each heading goes and writes nothing in a dry run', async () => {
    const before = await stored()
    const response = await importWord('case-studies', 'کرمان.docx', await caseStudyDocx(), { query: '?dryRun=1' })
    expect(response.status).toBe(200)
    expect(response.json.title).toBe(w.title)
    expect(response.json.placed).toEqual([
      { heading: 'زمینه', field: 'context' },
      { heading: 'مداخله', field: 'intervention' },
      { heading: 'نتایج', field: 'results' },
    ])
    expect(response.json.images).toBe(1)
    expect(await stored()).toEqual(before)
  })

  it('makes a case-study draft of the editor’s NGO with every part of the document in its field, in order', async () => {
    const response = await importWord('case-studies', 'کرمان.docx', await caseStudyDocx(), { fields: { outcome: 'mixed' } })
    expect(response.status).toBe(201)
    const doc = await payload.findByID({ collection: 'case-studies', id: response.json.doc.id, draft: true, depth: 1, overrideAccess: true })
    expect(doc.title).toBe(w.title)
    expect(doc._status).toBe('draft')
    expect(doc.workflowState).toBe('draft')
    expect(typeof doc.organization === 'object' ? doc.organization?.id : doc.organization).toBe(cast.orgs.roshan)
    expect(String(typeof doc.createdBy === 'object' ? doc.createdBy?.id : doc.createdBy)).toBe(String(cast.users.editor.id))

    // Text before the first named heading and the unnamed section stay in the main body (context), with their heading.
    const context = doc.context as unknown as RichText
    expect(blocks(context)).toEqual([
      `paragraph ${w.preface} ${w.bold} آموزش دیدند، ${w.italic}.`,
      `heading:h2 ${w.notes}`,
      `paragraph ${w.notesText}`,
      `paragraph ${w.english}`,
      `paragraph ${w.context}`,
    ])
    const texts: LexicalNode[] = []
    eachNode(context.root, (node) => void (node.type === 'text' && texts.push(node)))
    expect(texts.find((node) => node.text === w.bold)?.format).toBe(1)
    expect(texts.find((node) => node.text === w.italic)?.format).toBe(2)
    // The half-space stays as the author wrote it.
    expect(JSON.stringify(context)).toContain(w.halfSpaced)
    expect(w.halfSpaced).toContain('\u200c')
    // Persian paragraphs run right to left, the English one left to right.
    expect(context.root.children.map((node) => node.direction)).toEqual(['rtl', 'rtl', 'rtl', 'ltr', 'rtl'])

    const intervention = doc.intervention as unknown as RichText
    expect(blocks(intervention)).toEqual([`list:ul ${w.listItems.join('')}`, `table ${w.table.flat().join('')}`, `paragraph جزئیات در ${w.linkText} آمده است.`])
    expect(intervention.root.children[0]!.children!.map((item) => item.type)).toEqual(['listitem', 'listitem', 'listitem'])
    const links: LexicalNode[] = []
    eachNode(intervention.root, (node) => void (node.type === 'link' && links.push(node)))
    expect((links[0]!.fields as { url: string }).url).toBe(w.linkUrl)

    const results = doc.results as unknown as RichText
    expect(blocks(results)[0]).toBe(`paragraph ${w.results}`)
    const uploads: LexicalNode[] = []
    eachNode(results.root, (node) => void (node.type === 'upload' && uploads.push(node)))
    expect(uploads).toHaveLength(1)
    const picture = await payload.findByID({ collection: 'media', id: (uploads[0]!.value as { id: number }).id ?? (uploads[0]!.value as number), overrideAccess: true })
    expect(picture.mimeType).toBe('image/png')
    expect(picture.alt).toBe(w.imageAlt)
    expect(typeof picture.organization === 'object' ? picture.organization?.id : picture.organization).toBe(cast.orgs.roshan)

    const source = doc.sourceDocument as { mimeType?: string; filename?: string; organization?: unknown }
    expect(source.mimeType).toBe(docxType)
    expect(source.filename).toMatch(/\.docx$/)
  })

  it('places a lesson’s observation, lesson and recommendation, and a curriculum’s modules by heading level', async () => {
    const lesson = await importWord('lessons', 'lesson.docx', await lessonDocx(), { fields: { rootCause: 'market' } })
    expect(lesson.status).toBe(201)
    const doc = await payload.findByID({ collection: 'lessons', id: lesson.json.doc.id, draft: true, overrideAccess: true })
    expect(blocks(doc.observation as never)).toEqual(['paragraph کارآموزان خیاطی پس از دوره کاری پیدا نکردند.'])
    expect(blocks(doc.lesson as never)).toEqual(['paragraph نیاز بازار کار محلی باید پیش از طراحی دوره سنجیده شود.'])
    expect(doc.recommendation?.action).toBe('پیش از هر دوره با سه کارفرمای محلی گفت‌وگو کنید.')

    const curriculum = await importWord('curricula', 'soft.docx', await curriculumDocx(), {
      fields: { code: 'SOFT-02', edition: '1.0', skillType: 'soft', hoursTheory: 10, hoursPractice: 20, placement: { months: 3 } },
    })
    expect(curriculum.status).toBe(201)
    const edition = await payload.findByID({ collection: 'curricula', id: curriculum.json.doc.id, draft: true, overrideAccess: true })
    expect(edition.modules?.map((m) => [m.code, m.title])).toEqual([
      ['M1', 'مقدمه'],
      ['M2', 'خودشناسی'],
      ['M3', 'نوشتن رزومه'],
    ])
    // A lower heading stays inside its module.
    expect(blocks(edition.modules?.[1]?.content as never)).toEqual(['paragraph شناخت توانایی‌ها و علاقه‌ها.', 'heading:h3 تمرین', 'paragraph فهرست ده کار که خوب انجام می‌دهید.'])
  })
})

describe('refusals leave nothing behind', () => {
  it('refuses a PDF renamed .docx, a damaged Word file and a 60 MB file, in the request’s language', async () => {
    const before = await stored()
    const renamed = await importWord('case-studies', 'report.docx', pdf(), { fields: { outcome: 'success' } })
    expect(renamed.status).toBe(415)
    expect(renamed.json.errors[0].message).toBe('«report.docx» پرونده Word (.docx) نیست؛ محتوای آن PDF است.')

    const whole = await caseStudyDocx()
    const damaged = await importWord('case-studies', 'broken.docx', whole.subarray(0, Math.floor(whole.length / 2)), { fields: { outcome: 'success' }, language: 'en' })
    expect(damaged.status).toBe(400)
    expect(damaged.json.errors[0].message).toBe('"broken.docx" could not be read: the Word file is damaged.')

    const huge = Buffer.concat([whole, Buffer.alloc(60 * 1024 * 1024)])
    const big = await importWord('case-studies', 'huge.docx', huge, { fields: { outcome: 'success' } })
    expect(big.status).toBe(413)
    expect(big.json.errors[0].message).toMatch(/۵۰ مگابایت/)
    expect(await stored()).toEqual(before)
  })

  it('removes the pictures and the original when the draft itself is refused', async () => {
    const before = await stored()
    // A case study needs its outcome: the draft is refused after the pictures were stored.
    const response = await importWord('case-studies', 'بی‌نتیجه.docx', await caseStudyDocx(), { fields: { title: 'گزارشی بی‌پیامد' } })
    expect(response.status).toBe(400)
    expect(JSON.stringify(response.json)).toMatch(/outcome/)
    expect(await stored()).toEqual(before)
  })

  it('skips a document whose title the NGO already has', async () => {
    const first = await importWord('lessons', 'again.docx', await lessonDocx('درسی که دوبار آمد'), { fields: { rootCause: 'market' } })
    expect(first.status).toBe(201)
    const before = await stored()
    const again = await importWord('lessons', 'again.docx', await lessonDocx('درسی که دوبار آمد'), { fields: { rootCause: 'market' } })
    expect(again.status).toBe(409)
    expect(again.json.errors[0].message).toBe('سندی با عنوان «درسی که دوبار آمد» در این سازمان هست؛ چیزی ساخته نشد.')
    expect(await stored()).toEqual(before)
  })
})

describe('tenancy', () => {
  it('an editor cannot import into another NGO, a member cannot import, and nobody without signing in', async () => {
    const before = await stored()
    const other = await importWord('lessons', 'x.docx', await lessonDocx('درس دیگران'), { fields: { rootCause: 'market', organization: cast.orgs.omid } })
    expect(other.status).toBe(403)
    expect(other.json.errors[0].message).toBe('تنها می‌توانید برای سازمان خودتان پیش‌نویس وارد کنید.')
    const member = await importWord('lessons', 'x.docx', await lessonDocx('درس عضو'), { as: 'member', fields: { rootCause: 'market' } })
    expect(member.status).toBe(403)
    const anonymous = await importWord('lessons', 'x.docx', await lessonDocx('درس ناشناس'), { as: 'nobody', fields: { rootCause: 'market' } })
    expect(anonymous.status).toBe(401)
    expect(await stored()).toEqual(before)
  })

  it('an editor’s import is a draft their own NGO reads and the other NGO’s editor does not', async () => {
    const response = await importWord('lessons', 'mine.docx', await lessonDocx('درس روشن'), { fields: { rootCause: 'design' } })
    expect(response.status).toBe(201)
    const mine = await rest('GET', `/lessons/${response.json.doc.id}?draft=true`, { token: tokens.editor })
    expect(mine.status).toBe(200)
    const theirs = await rest('GET', `/lessons/${response.json.doc.id}?draft=true`, { token: tokens.otherEditor })
    expect(theirs.status).toBe(404)
  })
})
