import { execFileSync } from 'node:child_process'
import { mkdirSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { strFromU8, unzipSync } from 'fflate'
import type { Payload } from 'payload'
import { renderToStaticMarkup } from 'react-dom/server'
import { beforeAll, describe, expect, it, vi } from 'vitest'

import { downloadCount } from '../src/downloads/events'
import { handleDownload } from '../src/downloads/handler'
import { contentDisposition, downloadFilename } from '../src/downloads/sheet'
import type { Curriculum, User } from '../src/payload-types'
import { paths } from '../src/site/paths'
import { artifactsDir } from './browser/support/paths'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { docx, pdf } from './support/files'
import { comparable, docxParagraphs, pdfBookmarks, pdfPageCount, pdfPageText, pdfText, readNumber, run } from './support/pdfText'
import { startPayload } from './support/payload'
import { absentId } from './support/ids'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast

vi.mock('../src/site/payload', () => ({ sitePayload: async () => payload }))

type Reader = 'anonymous' | 'member' | 'admin'
const accessOf = (reader: Reader) => ({ overrideAccess: false as const, user: reader === 'anonymous' ? null : (cast.users[reader] as User) })

const download = (
  id: number | string,
  format: string,
  { locale = 'fa', reader = 'anonymous', version, head }: { locale?: string; reader?: Reader; version?: string | number; head?: boolean } = {},
) => {
  const url = new URL(`http://127.0.0.1:3000/${locale}/curricula/${id}/download/${format}${version == null ? '' : `?version=${version}`}`)
  return handleDownload({ payload, access: accessOf(reader), locale, id: String(id), format, url, head })
}

const bytes = async (response: Response) => new Uint8Array(await response.arrayBuffer())

const modules = [
  { code: 'M1', title: 'اعتمادبه‌نفس و خودباوری', hours: 12 },
  { code: 'M2', title: 'سواد مالی', hours: 20 },
]

let current: Curriculum
let older: Curriculum
let firstVersion: string
let draftVersion: string
let membersOnly: Curriculum
let draftOnly: Curriculum
let openFile: number
let closedFile: number
let complete: Curriculum

const text = (value: string, format = 0) => ({ type: 'text', text: value, format, detail: 0, mode: 'normal', style: '', version: 1 })
const node = (type: string, children: unknown[], extra: Record<string, unknown> = {}) => ({ type, children, direction: 'rtl', format: '', indent: 0, version: 1, ...extra })
/** Rich text with what the editor allows: headings, bold and italic, a link, lists, a quote and a table. */
const moduleContent = {
  root: node('root', [
    node('heading', [text('سرفصل‌های پودمان')], { tag: 'h3' }),
    node('paragraph', [text('دفتر دخل‌وخرج را '), text('هر روز', 1), text(' و با '), text('دقت', 2), text(' پر کنید؛ راهنما در '), node('link', [text('سامانه اشتغال')], { fields: { linkType: 'custom', url: 'https://example.org/jobs', newTab: false } }), text('.')]),
    node('list', [node('listitem', [text('پس‌انداز ماه‌های کم‌درآمد')], { value: 1 }), node('listitem', [text('قسط وام در بودجه')], { value: 2 })], { listType: 'bullet', tag: 'ul', start: 1 }),
    node('list', [node('listitem', [text('ثبت درآمد')], { value: 1 }), node('listitem', [text('ثبت هزینه')], { value: 2 })], { listType: 'number', tag: 'ol', start: 1 }),
    node('quote', [text('پول کم را هم می‌شود برنامه‌ریزی کرد.')]),
    node('table', [
      node('tablerow', [node('tablecell', [node('paragraph', [text('هفته')])], { headerState: 1 }), node('tablecell', [node('paragraph', [text('تمرین')])], { headerState: 1 })]),
      node('tablerow', [node('tablecell', [node('paragraph', [text('یکم')])], { headerState: 0 }), node('tablecell', [node('paragraph', [text('بودجه Excel خانوار')])], { headerState: 0 })]),
    ]),
  ]),
}
/** Every part of a curriculum a trainer teaches from, each with words found nowhere else. */
const completeText = {
  summary: 'دوره‌ای کامل برای آزمودن همه بخش‌ها.',
  changelog: 'تغییر ویرایش: افزودن تمرین بیمه.',
  entryRequirements: 'پیش‌نیاز ورود: معرفی‌نامه بهزیستی.',
  accessibility: 'دسترس‌پذیری: مترجم زبان اشاره و قلم درشت.',
  trainerQualifications: 'صلاحیت مربی: دو سال تجربه مددکاری.',
  certification: 'گواهی: حضور هشتاد درصد و سنجش پایانی.',
  competencyStandard: 'استاندارد شایستگی کارگروه شبکه',
  learningOutcomes: 'پیامد: بودجه سه‌ماهه می‌نویسد.',
  methods: 'روش: بازی بودجه خانوار.',
  materials: 'مواد: دفتر دخل‌وخرج چاپی.',
  assessment: 'سنجش: تهیه بودجه شخصی.',
  task: 'وظیفه: ثبت روزانه کار در دفتر کارورزی',
}

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  const upload = (name: string, data: Buffer, mimetype: string) =>
    payload.create({ collection: 'media', data: { organization: cast.orgs.roshan, title: name } as never, file: { data, mimetype, name, size: data.length } })
  openFile = (await upload('handout.pdf', pdf(), 'application/pdf')).id
  // Read by members alone: the only document that shows it is members-only.
  closedFile = (await upload('members-worksheet.docx', docx(), 'application/vnd.openxmlformats-officedocument.wordprocessingml.document')).id

  const publish = (data: Record<string, unknown>) =>
    payload.create({ collection: 'curricula', data: { ...sampleData('curricula', cast.orgs.roshan), ...data, _status: 'published' } as never })
  older = await publish({ code: 'DLD-01', edition: '1.0', title: 'آمادگی شغلی: ویرایش نخست', modules })
  current = await publish({
    code: 'DLD-01',
    edition: '2.0',
    title: 'آمادگی شغلی: مهارت‌های نرم',
    summary: 'دوره ۶۰ ساعته با پودمان Excel.',
    modules,
    attachments: [openFile],
  })
  // A second published version of edition 2.0, then a draft on top of it.
  const versionsBefore = await payload.findVersions({ collection: 'curricula', where: { parent: { equals: current.id } }, sort: 'createdAt' })
  firstVersion = versionsBefore.docs.find((v) => v.version._status === 'published')!.id
  current = (await payload.update({ collection: 'curricula', id: current.id, data: { title: 'آمادگی شغلی: مهارت‌های نرم (بازنگری‌شده)', _status: 'published' } as never })) as Curriculum
  await payload.update({ collection: 'curricula', id: current.id, draft: true, data: { title: 'پیش‌نویس تازه', _status: 'draft' } as never })
  const versionsAfter = await payload.findVersions({ collection: 'curricula', where: { parent: { equals: current.id } }, sort: '-createdAt' })
  draftVersion = versionsAfter.docs.find((v) => v.version._status === 'draft')!.id
  complete = await publish({
    code: 'FULL-01',
    edition: '1.2',
    title: 'برنامه کامل: سواد مالی برای کارآموزان',
    summary: completeText.summary,
    changelog: completeText.changelog,
    entryRequirements: completeText.entryRequirements,
    accessibility: completeText.accessibility,
    trainerQualifications: completeText.trainerQualifications,
    certification: completeText.certification,
    competencyStandard: completeText.competencyStandard,
    readinessDimensions: ['economic'],
    hoursTheory: 14,
    hoursPractice: 26,
    modules: [
      { code: 'F1', title: 'بودجه خانوار', hours: 24, learningOutcomes: completeText.learningOutcomes, content: moduleContent, methods: completeText.methods, materials: completeText.materials, assessment: completeText.assessment },
      { code: 'F2', title: 'بیمه و قسط', hours: 16, learningOutcomes: 'پیامد دوم: تفاوت وام و بیمه را می‌گوید.' },
    ],
    placement: { kind: 'internship', months: 5, mentorRatio: 3, tasks: [{ task: completeText.task }] },
    attachments: [openFile],
    licence: 'CC-BY-SA-4.0',
  })
  membersOnly = (await publish({ code: 'DLD-02', edition: '1.0', title: 'ویژه اعضا', visibility: 'members', attachments: [openFile, closedFile] })) as Curriculum
  draftOnly = (await payload.create({ collection: 'curricula', data: { ...sampleData('curricula', cast.orgs.roshan), code: 'DLD-03', title: 'پیش‌نویس' } as never, draft: true })) as Curriculum
})

describe('curriculum downloads, pinned to an edition', () => {
  it('serves the current published edition as a PDF named after code, edition and language', async () => {
    const response = await download(current.id, 'pdf')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toBe('application/pdf')
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="DLD-01-2.0-fa.pdf"; filename*=UTF-8''DLD-01-2.0-fa.pdf`)
    const body = await bytes(response)
    expect(strFromU8(body.slice(0, 5))).toBe('%PDF-')
    expect(Number(response.headers.get('content-length'))).toBe(body.length)
    // Vazirmatn is embedded (a subset of it, as every PDF engine does).
    expect(strFromU8(body, true)).toMatch(/\/FontName \/[A-Z]{6}\+Vazirmatn-Regular/)
  })

  it('runs a Persian paragraph right to left even when it starts with a code or an English word', async () => {
    const doc = await payload.create({
      collection: 'curricula',
      data: { ...sampleData('curricula', cast.orgs.roshan), code: 'XLS-01', title: 'Excel برای کارهای اداری', _status: 'published' } as never,
    })
    const file = path.join(process.env.HAMAFZA_TEST_DIR!, 'xls.pdf')
    writeFileSync(file, await bytes(await download(doc.id, 'pdf')))
    const words = [...execFileSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', file, '-'], { encoding: 'utf8' }).matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)].map(
      ([, xMin, yMin, xMax, text]) => ({ xMin: Number(xMin), yMin: Number(yMin), xMax: Number(xMax), text }),
    )
    // The title on the cover: its line holds Excel and the three Persian words.
    const lines = words.filter((word) => word.text === 'Excel').map((excel) => ({ excel, persian: words.filter((word) => word !== excel && Math.abs(word.yMin - excel.yMin) < 2) }))
    const { excel, persian } = lines.find((line) =>
      // -bbox gives each word's letters in visual order.
      ['برای', 'کارهای', 'اداری'].every((title) => line.persian.some((word) => [...(word.text ?? '')].reverse().join('') === title)),
    )!
    expect(persian.length).toBe(3)
    // Right to left: the first word of the title is the rightmost on its line.
    for (const word of persian) expect(word.xMax).toBeLessThanOrEqual(excel.xMin + 1)
  })

  it('renders an edition once per revision and language, and serves it again from memory', async () => {
    const first = await download(current.id, 'pdf', { locale: 'en' })
    const again = await download(current.id, 'pdf', { locale: 'en' })
    expect(first.headers.get('server-timing')).toMatch(/^(render|cache);dur=/)
    expect(again.headers.get('server-timing')).toMatch(/^cache;dur=/)
    expect((await bytes(again)).length).toBe((await bytes(first)).length)
  })

  it('writes the DOCX right to left in Persian and left to right in English', async () => {
    const fa = await download(current.id, 'docx')
    expect(fa.status).toBe(200)
    expect(fa.headers.get('content-disposition')).toContain('filename="DLD-01-2.0-fa.docx"')
    const parts = unzipSync(await bytes(fa))
    const xml = strFromU8(parts['word/document.xml']!)
    expect(xml).toContain('آمادگی شغلی: مهارت‌های نرم (بازنگری‌شده)')
    expect(xml).toContain('<w:bidi/>')
    expect(xml).toContain('<w:bidiVisual/>')
    expect(xml).toContain('<w:rtl/>')
    expect(xml).toContain('اعتمادبه‌نفس و خودباوری')
    expect(strFromU8(parts['word/styles.xml']!)).toContain('w:cs="Vazirmatn"')
    // In English, English paragraphs run left to right; a title not translated yet keeps its own direction.
    const en = strFromU8(unzipSync(await bytes(await download(current.id, 'docx', { locale: 'en' })))['word/document.xml']!)
    expect(en).toMatch(/<w:pPr><w:pStyle w:val="Heading1"\/><w:bidi w:val="false"\/><\/w:pPr><w:bookmarkStart[^>]*\/><w:r>(?:(?!<\/w:p>).)*Modules and hours/)
    expect(en).toMatch(/<w:pStyle w:val="Heading2"\/><w:bidi\/>(?:(?!<\/w:p>).)*اعتمادبه‌نفس و خودباوری/)
  })

  it('bundles the PDF, the DOCX, a README in the reader’s language and the attachments the reader may see', async () => {
    const visitor = await download(current.id, 'zip')
    expect(visitor.status).toBe(200)
    expect(visitor.headers.get('content-type')).toBe('application/zip')
    expect(visitor.headers.get('content-disposition')).toContain('filename="DLD-01-2.0-fa.zip"')
    const files = unzipSync(await bytes(visitor))
    expect(Object.keys(files).sort()).toEqual(['DLD-01-2.0-fa.docx', 'DLD-01-2.0-fa.pdf', 'README.txt', 'attachments/handout.pdf'])
    expect(files['attachments/handout.pdf']).toEqual(new Uint8Array(pdf()))
    expect(strFromU8(files['DLD-01-2.0-fa.pdf']!.slice(0, 5))).toBe('%PDF-')
    const readme = strFromU8(files['README.txt']!)
    expect(readme).toContain('آمادگی شغلی: مهارت‌های نرم (بازنگری‌شده)')
    expect(readme).toContain('ویرایش: ۲٫۰')
    expect(readme).toContain(`http://127.0.0.1:3000/curricula/${current.id}`)
    // A member gets the members-only curriculum with its worksheet, which no visitor can download.
    const member = unzipSync(await bytes(await download(membersOnly.id, 'zip', { reader: 'member' })))
    expect(Object.keys(member)).toEqual(expect.arrayContaining(['attachments/handout.pdf', 'attachments/members-worksheet.docx']))
    const worksheet = await payload.findByID({ collection: 'media', id: closedFile, depth: 0 })
    expect((await rest('GET', `/media/file/${worksheet.filename}`)).status).toBe(403)
  })

  it('serves an earlier published version when asked, with its own content and name', async () => {
    const response = await download(current.id, 'docx', { version: firstVersion })
    expect(response.status).toBe(200)
    expect(response.headers.get('content-disposition')).toContain(`filename="DLD-01-2.0-v${firstVersion}-fa.docx"`)
    const xml = strFromU8(unzipSync(await bytes(response))['word/document.xml']!)
    expect(xml).toContain('آمادگی شغلی: مهارت‌های نرم<')
    expect(xml).not.toContain('بازنگری‌شده')
    expect(xml).not.toContain('پیش‌نویس تازه')
    // The current edition never shows the draft on top of it.
    const now = strFromU8(unzipSync(await bytes(await download(current.id, 'docx')))['word/document.xml']!)
    expect(now).not.toContain('پیش‌نویس تازه')
  })

  it('answers bad requests with 400 and a message, and what the reader may not see with 404', async () => {
    const odt = await download(current.id, 'odt')
    expect(odt.status).toBe(400)
    expect(await odt.text()).toMatch(/pdf، docx یا zip/)
    expect((await download(current.id, 'odt', { locale: 'en' })).status).toBe(400)
    const badVersion = await download(current.id, 'pdf', { version: 'latest' })
    expect(badVersion.status).toBe(400)
    expect(await badVersion.text()).toMatch(/شناسهٔ نسخه نیست/)
    expect((await download(current.id, 'pdf', { locale: 'de' })).status).toBe(404)
    expect((await download(String(absentId(payload, 'curricula')), 'pdf')).status).toBe(404)
    expect((await download('abc', 'pdf')).status).toBe(404)
    expect((await download(current.id, 'pdf', { version: draftVersion })).status).toBe(404)
    expect((await download(current.id, 'pdf', { version: absentId(payload, 'curricula') })).status).toBe(404)
    // A version of another curriculum is not a version of this one.
    const olderVersion = (await payload.findVersions({ collection: 'curricula', where: { parent: { equals: older.id } } })).docs[0]!.id
    expect((await download(current.id, 'pdf', { version: olderVersion })).status).toBe(404)
    // Drafts for nobody on the site, not even signed in; members-only for members.
    expect((await download(draftOnly.id, 'pdf')).status).toBe(404)
    expect((await download(draftOnly.id, 'pdf', { reader: 'member' })).status).toBe(404)
    expect((await download(membersOnly.id, 'pdf')).status).toBe(404)
    expect((await download(membersOnly.id, 'zip')).status).toBe(404)
    expect((await download(membersOnly.id, 'pdf', { reader: 'member' })).status).toBe(200)
  })

  it('stops serving the editions of a curriculum once it is withdrawn, or made members-only, to those who may no longer read it', async () => {
    const withdrawn = await payload.create({
      collection: 'curricula',
      data: { ...sampleData('curricula', cast.orgs.roshan), code: 'DLD-04', title: 'پس گرفته', _status: 'published' } as never,
    })
    const edition = (await payload.findVersions({ collection: 'curricula', where: { and: [{ parent: { equals: withdrawn.id } }, { 'version._status': { equals: 'published' } }] } })).docs[0]!.id
    expect((await download(withdrawn.id, 'pdf', { version: edition })).status).toBe(200)
    await payload.update({ collection: 'curricula', id: withdrawn.id, data: { _status: 'draft', transitionComment: 'بازنگری' } as never, user: cast.users.reviewer, overrideAccess: false })
    expect((await download(withdrawn.id, 'pdf', { version: edition })).status).toBe(404)
    expect((await download(withdrawn.id, 'zip', { version: edition, reader: 'member' })).status).toBe(404)

    const closed = await payload.create({
      collection: 'curricula',
      data: { ...sampleData('curricula', cast.orgs.roshan), code: 'DLD-05', title: 'بسته شده', _status: 'published' } as never,
    })
    const open = (await payload.findVersions({ collection: 'curricula', where: { parent: { equals: closed.id } } })).docs[0]!.id
    await payload.update({ collection: 'curricula', id: closed.id, data: { visibility: 'members', _status: 'published' } as never, user: cast.users.reviewer, overrideAccess: false })
    expect((await download(closed.id, 'pdf', { version: open })).status).toBe(404)
    expect((await download(closed.id, 'pdf', { version: open, reader: 'member' })).status).toBe(200)
  })

  it('counts every download per edition, concurrent ones too, and nothing refused or only looked at', async () => {
    const before = { older: await downloadCount(payload, older.id, '1.0'), current: await downloadCount(payload, current.id, '2.0') }
    const responses = await Promise.all([
      ...Array.from({ length: 6 }, (_, i) => download(current.id, ['pdf', 'docx', 'zip'][i % 3]!, { locale: i % 2 ? 'en' : 'fa' })),
      download(older.id, 'pdf'),
    ])
    await Promise.all(responses.map((response) => response.arrayBuffer()))
    expect(responses.every((response) => response.status === 200)).toBe(true)
    await download(current.id, 'pdf', { head: true })
    await download(current.id, 'odt')
    await download(current.id, 'pdf', { version: draftVersion })
    expect(await downloadCount(payload, current.id, '2.0')).toBe(before.current + 6)
    expect(await downloadCount(payload, older.id, '1.0')).toBe(before.older + 1)
    const rows = await payload.find({ collection: 'download-events', where: { curriculum: { equals: older.id } }, sort: '-createdAt', limit: 1 })
    expect(rows.docs[0]).toMatchObject({ code: 'DLD-01', edition: '1.0', format: 'pdf', locale: 'fa' })
    const pinned = () => payload.count({ collection: 'download-events', where: { version: { equals: String(firstVersion) } } })
    const pinnedBefore = (await pinned()).totalDocs
    await download(current.id, 'pdf', { version: firstVersion })
    expect((await pinned()).totalDocs).toBe(pinnedBefore + 1)
  })

  it('does not let anyone count a download through the API', async () => {
    const body = { curriculum: current.id, edition: '2.0', format: 'pdf', locale: 'fa' }
    expect((await rest('POST', '/download-events', { body })).status).toBe(403)
    const adminToken = (await payload.login({ collection: 'users', data: { email: cast.users.admin.email, password: cast.passwords[cast.users.admin.email]! } })).token!
    expect((await rest('POST', '/download-events', { body, token: adminToken })).status).toBe(403)
    expect((await rest('GET', '/download-events')).status).toBe(403)
    expect((await rest('GET', '/download-events', { token: adminToken })).status).toBe(200)
  })
})

describe('a complete curriculum, printed for teaching', () => {
  const out = path.join(artifactsDir, 'downloads')
  const save = async (name: string, response: Response) => {
    mkdirSync(out, { recursive: true })
    const body = await bytes(response)
    const file = path.join(out, name)
    writeFileSync(file, body)
    return { file, body }
  }

  it('prints every section of the edition in the PDF, in logical order, with a cover, contents, bookmarks and Persian page numbers', async () => {
    const { file, body } = await save('FULL-01-1.2-fa.pdf', await download(complete.id, 'pdf'))
    const all = comparable(pdfText(file))
    const expected = [
      'برنامه کامل سواد مالی برای کارآموزان',
      'FULL-01',
      'ویرایش ۱٫۲',
      'انجمن روشن',
      'CC-BY-SA-4.0',
      ...Object.values(completeText),
      'بودجه خانوار',
      'F1',
      '۲۴ ساعت',
      'سرفصل‌های پودمان',
      'دفتر دخل‌وخرج را هر روز و با دقت پر کنید راهنما در سامانه اشتغال',
      'پس‌انداز ماه‌های کم‌درآمد',
      'قسط وام در بودجه',
      'ثبت درآمد',
      'پول کم را هم می‌شود برنامه‌ریزی کرد',
      'هفته',
      'بودجه Excel خانوار',
      'پیامد دوم تفاوت وام و بیمه را می‌گوید',
      'جمع ساعت پودمان‌ها',
      '۴۰',
      'کارورزی',
      '۵ ماه',
      'کارآموز به ازای هر استادکار',
      'handout.pdf',
      `http://127.0.0.1:3000/curricula/${complete.id}`,
    ]
    for (const words of expected) expect(all, words).toContain(comparable(words))
    // Hours and counts in Persian digits: no number in Latin digits stands alone (codes and addresses aside).
    expect(pdfText(file).replace(/[\u200e\u200f\u202a-\u202e]/g, '')).not.toMatch(/(?:^|\s)[0-9]+(?:\s|$)/m)

    // The cover, then the contents: each entry's page number is the page its heading is on.
    const pages = pdfPageCount(file)
    expect(comparable(pdfPageText(file, 1))).toContain(comparable('برنامه کامل: سواد مالی برای کارآموزان'))
    const contents = pdfPageText(file, 2)
    expect(contents).toContain('فهرست مطالب')
    const entries = ['درباره این برنامه درسی', 'پودمان‌ها و ساعت‌ها', 'شرایط ورود', 'تطبیق‌های دسترس‌پذیری', 'صلاحیت‌های مربی', 'کارورزی / استاد–شاگردی', 'سنجش و گواهی‌نامه', 'پیوست‌ها', 'تغییرات این ویرایش']
    for (const entry of entries) {
      const line = contents.split('\n').find((row) => comparable(row).includes(comparable(entry)))
      expect(line, entry).toBeDefined()
      const page = readNumber(/[۰-۹]+/.exec(line!)![0])
      expect(page).toBeGreaterThan(2)
      expect(comparable(pdfPageText(file, page)), `${entry} on page ${page}`).toContain(comparable(entry))
    }
    // Page numbers in Persian digits on every page after the cover.
    for (let page = 2; page <= pages; page += 1) {
      expect(comparable(pdfPageText(file, page))).toContain(comparable(`صفحه ${new Intl.NumberFormat('fa-IR').format(page)} از ${new Intl.NumberFormat('fa-IR').format(pages)}`))
    }
    // Every heading is a bookmark, the modules inside their section.
    const bookmarks = pdfBookmarks(body)
    for (const title of [...entries, 'F1 — بودجه خانوار', 'F2 — بیمه و قسط', 'پیامدهای یادگیری', 'محتوا', 'روش‌های آموزش', 'مواد آموزشی', 'سنجش']) {
      expect(bookmarks).toContain(title)
    }
    expect(run('pdffonts', [file])).toMatch(/\+Vazirmatn-Bold\s+CID TrueType/)
    run('pdftoppm', ['-png', '-r', '60', file, path.join(out, 'FULL-01-1.2-fa-page')])
  })

  it('numbers the pages of the English PDF in Latin digits', async () => {
    const { file } = await save('FULL-01-1.2-en.pdf', await download(complete.id, 'pdf', { locale: 'en' }))
    const pages = pdfPageCount(file)
    expect(comparable(pdfPageText(file, 2))).toContain('Contents')
    expect(comparable(pdfText(file))).toContain(`Page 2 of ${pages}`)
    expect(comparable(pdfText(file))).toContain('Modules and hours')
  })

  it('writes the DOCX with Word heading styles, a table of contents field and every section, right to left', async () => {
    const response = await download(complete.id, 'docx')
    const parts = unzipSync(await bytes(response))
    const xml = strFromU8(parts['word/document.xml']!)
    const paragraphs = docxParagraphs(xml).map(comparable)
    const all = paragraphs.join(' ')
    for (const words of [...Object.values(completeText), 'سرفصل‌های پودمان', 'پس‌انداز ماه‌های کم‌درآمد', 'ثبت هزینه', 'پول کم را هم می‌شود برنامه‌ریزی کرد', 'بودجه Excel خانوار', 'handout.pdf', 'ویرایش ۱٫۲']) {
      expect(all, words).toContain(comparable(words))
    }
    expect(xml).toContain('TOC \\h \\o &quot;1-2&quot;')
    for (const style of ['Title', 'Heading1', 'Heading2', 'Heading3', 'TOC1']) expect(xml).toContain(`<w:pStyle w:val="${style}"/>`)
    // A heading paragraph in Persian runs right to left, and its run too.
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><w:bidi\/>(?:(?!<\/w:p>).)*<w:rtl\/>(?:(?!<\/w:p>).)*شرایط ورود/)
    // Bold and italic as in the editor, the link as a hyperlink, lists as Word lists.
    expect(xml).toMatch(/<w:b\/><w:bCs\/>(?:(?!<\/w:r>).)*هر روز/)
    expect(xml).toMatch(/<w:i\/><w:iCs\/>(?:(?!<\/w:r>).)*دقت/)
    expect(strFromU8(parts['word/_rels/document.xml.rels']!)).toContain('https://example.org/jobs')
    expect(xml).toContain('<w:numPr>')
    expect(strFromU8(parts['word/settings.xml']!)).toContain('<w:updateFields/>')
    expect(strFromU8(parts['word/footer1.xml']!)).toContain('PAGE')
  })
})

describe('file names', () => {
  it('keeps ASCII names as they are and encodes any other name per RFC 5987', () => {
    expect(downloadFilename({ code: 'SOFT-01', edition: '2.0', versionId: null, locale: 'fa' }, 'pdf')).toBe('SOFT-01-2.0-fa.pdf')
    expect(downloadFilename({ code: 'SOFT-01', edition: '2.0', versionId: 42, locale: 'en' }, 'zip')).toBe('SOFT-01-2.0-v42-en.zip')
    expect(contentDisposition('برنامه "درسی".pdf')).toBe(
      `attachment; filename="______ ______.pdf"; filename*=UTF-8''%D8%A8%D8%B1%D9%86%D8%A7%D9%85%D9%87%20%22%D8%AF%D8%B1%D8%B3%DB%8C%22.pdf`,
    )
  })
})

describe('the download links of a curriculum page', () => {
  it('links the three files of this edition in both languages, with the edition and its download count', async () => {
    const { CurriculumDownloads } = await import('../src/site/components/CurriculumDownloads')
    const count = await downloadCount(payload, current.id, '2.0')
    const html = renderToStaticMarkup(await CurriculumDownloads({ locale: 'fa', curriculum: current }))
    for (const format of ['pdf', 'docx', 'zip'] as const) {
      expect(html).toContain(`href="${paths.curriculumDownload('fa', current.id, format)}"`)
      expect(html).toContain(`href="${paths.curriculumDownload('en', current.id, format)}"`)
    }
    expect(html).toContain('ویرایش ۲٫۰')
    expect(html).toContain(`<strong>${new Intl.NumberFormat('fa-IR').format(count)}</strong>`)
    expect(html).toMatch(/کیلوبایت/) // the PDF and DOCX were rendered above, so their sizes are known
    expect(html).toContain('پیوست‌ها: ۱')
    expect(html).toMatch(/<section[^>]*aria-labelledby="curriculum-downloads-[\w-]+"/)
    const pinned = renderToStaticMarkup(await CurriculumDownloads({ locale: 'en', curriculum: current, versionId: String(firstVersion) }))
    expect(pinned).toContain(`href="/en/curricula/${current.id}/download/pdf?version=${firstVersion}"`)
    expect(pinned).toContain('Downloads of this edition: <strong>')
  })
})
