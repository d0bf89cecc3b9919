import config from '@payload-config'
import { GRAPHQL_POST } from '@payloadcms/next/routes'
import type { Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { privacyRefusals } from '../src/i18n/privacyMessages'
import { buildCast, lexical, sampleData, type Cast } from './support/fixtures'
import { graphqlId } from './support/ids'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast
const tokens = {} as Record<keyof Cast['users'], string>

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  for (const [role, user] of Object.entries(cast.users) as [keyof Cast['users'], Cast['users'][keyof Cast['users']]][]) {
    tokens[role] = (await payload.login({ collection: 'users', data: { email: user.email, password: cast.passwords[user.email]! } })).token!
  }
  // Roshan writes from its own domain: addresses there are the NGO's, not a beneficiary's.
  await payload.update({ collection: 'organizations', id: cast.orgs.roshan, data: { website: 'https://roshan-ngo.ir' } })
})

const as = (user: keyof Cast['users']) => ({ user: cast.users[user], overrideAccess: false as const })

/** An editor's case study, written in Persian (and English), submitted for review. */
const submitted = async (fa: Record<string, unknown>, en?: Record<string, unknown>) => {
  const doc = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', cast.orgs.roshan, fa) as never, draft: true, ...as('editor') })
  if (en) await payload.update({ collection: 'case-studies', id: doc.id, locale: 'en', data: en as never, draft: true, ...as('editor') })
  await payload.update({ collection: 'case-studies', id: doc.id, data: { workflowState: 'submitted' }, draft: true, ...as('editor') })
  return doc.id
}

const publish = (id: number | string, who: keyof Cast['users'] = 'reviewer') =>
  payload.update({ collection: 'case-studies', id, data: { _status: 'published' }, ...as(who) })

const statusOf = async (id: number | string) => (await payload.findByID({ collection: 'case-studies', id, draft: true, overrideAccess: true }))._status

const acceptanceEvents = async (id: number | string) =>
  (
    await payload.find({
      collection: 'review-events',
      where: { and: [{ 'document.value': { equals: id } }, { transition: { equals: 'acceptIdentifier' } }] },
      depth: 0,
      overrideAccess: true,
    })
  ).docs

const accept = (id: number | string, who: keyof Cast['users'], match: string, reason = 'شماره عمومی دفتر مؤسسه است.', language = 'fa') =>
  rest('POST', `/case-studies/${id}/identifier-checks`, { token: tokens[who], body: { match, reason }, headers: { 'Accept-Language': language } })

const graphql = async (query: string, token: string) => {
  const request = new Request('http://localhost:3000/api/graphql', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `JWT ${token}` },
    body: JSON.stringify({ query }),
  })
  return (await (await GRAPHQL_POST(config)(request)).json()) as { errors?: { message: string; extensions?: unknown }[] }
}

const consentMessage = privacyRefusals.consentRequired.fa()

describe('a case study reaches readers only with beneficiary consent', () => {
  it('is refused publication without it, through the Local API, REST, GraphQL and a bulk update, and stays a draft', async () => {
    const id = await submitted({ consentConfirmed: false })

    await expect(publish(id)).rejects.toMatchObject({ status: 400, data: { errors: [{ path: 'consentConfirmed', message: consentMessage }] } })

    const viaRest = await rest('PATCH', `/case-studies/${id}`, { token: tokens.reviewer, body: { _status: 'published' } })
    expect(viaRest.status).toBe(400)
    expect(viaRest.json.errors[0].data.errors).toEqual([expect.objectContaining({ path: 'consentConfirmed', message: consentMessage })])
    expect(viaRest.json.errors[0].message).toContain('رضایت آگاهانه مددجویان')

    const viaGraphQL = await graphql(`mutation { updateCaseStudy(id: ${graphqlId(id)}, data: { _status: published }) { id _status } }`, tokens.reviewer)
    expect(JSON.stringify(viaGraphQL.errors)).toContain(consentMessage)

    const bulk = await payload.update({ collection: 'case-studies', where: { id: { equals: id } }, data: { _status: 'published' }, ...as('admin') })
    expect(bulk.docs).toEqual([])
    expect(bulk.errors[0]?.message).toContain('رضایت آگاهانه مددجویان')

    expect(await statusOf(id)).toBe('draft')
  })

  it('an admin creating a case study straight as published needs it too, and nothing is stored', async () => {
    const before = (await payload.count({ collection: 'case-studies', overrideAccess: true })).totalDocs
    const response = await rest('POST', '/case-studies', {
      token: tokens.admin,
      body: { ...sampleData('case-studies', cast.orgs.roshan, { consentConfirmed: false }), _status: 'published' },
      headers: { 'Accept-Language': 'en' },
    })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0]).toMatchObject({ path: 'consentConfirmed', message: privacyRefusals.consentRequired.en() })
    expect((await payload.count({ collection: 'case-studies', overrideAccess: true })).totalDocs).toBe(before)
  })

  it('is published once consent is confirmed; drafts, submissions and unpublishing are never held back', async () => {
    const id = await submitted({ consentConfirmed: false, summary: 'با ۰۹۱۲ ۱۲۳ ۴۵۶۷ تماس بگیرید.' })
    await payload.update({ collection: 'case-studies', id, data: { consentConfirmed: true, summary: 'با دفتر مؤسسه تماس بگیرید.' }, draft: true, ...as('reviewer') })
    expect((await publish(id))._status).toBe('published')
    const unpublished = await payload.update({ collection: 'case-studies', id, data: { _status: 'draft', consentConfirmed: false }, ...as('reviewer') })
    expect(unpublished._status).toBe('draft')
  })
})

describe('a case study holding what looks like a person’s identifier is not published', () => {
  const nationalId = '۰۰۶۲۳۴۵۷۱۰'
  const mobile = '٠٩١٢ ١٢٣ ٤٥٦٧'
  const email = 'maryam.rezaei1360@gmail.com'

  const withIdentifiers = () =>
    submitted(
      { summary: `کد ملی مددجو ${nationalId} است.`, context: lexical(`برای پیگیری به ${email} نامه بزنید.`) },
      { title: 'Carpet workshop', results: lexical(`She can be reached on ${mobile}.`) },
    )

  it('the refusal names each field and locale and shows the match, in Persian by default', async () => {
    const id = await withIdentifiers()
    const response = await rest('PATCH', `/case-studies/${id}`, { token: tokens.reviewer, body: { _status: 'published' } })
    expect(response.status).toBe(400)
    const errors = response.json.errors[0].data.errors as { path: string; message: string }[]
    expect(errors.map((e) => e.path).sort()).toEqual(['context', 'results', 'summary'])
    const said = (path: string) => errors.find((e) => e.path === path)!.message
    expect(said('summary')).toContain(`«خلاصه» (فارسی)`)
    expect(said('summary')).toContain(`«${nationalId}» (کد ملی)`)
    expect(said('results')).toContain(`«نتایج» (انگلیسی)`)
    expect(said('results')).toContain(`«${mobile}» (شماره تلفن همراه)`)
    expect(said('context')).toContain(`«${email}» (نشانی رایانامه شخصی)`)
    expect(await statusOf(id)).toBe('draft')
  })

  it('and in English for a request in English', async () => {
    const id = await withIdentifiers()
    const response = await rest('PATCH', `/case-studies/${id}`, { token: tokens.reviewer, body: { _status: 'published' }, headers: { 'Accept-Language': 'en' } })
    const errors = response.json.errors[0].data.errors as { path: string; message: string }[]
    expect(errors.find((e) => e.path === 'results')!.message).toBe(
      `Results (English) holds what looks like a person's identifier: "${mobile}" (mobile number). Remove it before publishing, or have a reviewer check it and accept it under "Personal identifier checks".`,
    )
    // The message alone says it all, for clients that read no more than that.
    expect(response.json.errors[0].message.split('\n').sort()).toEqual(errors.map((e) => e.message).sort())
    expect(response.json.errors[0].message).toContain(`Summary (Persian) holds what looks like a person's identifier: "${nationalId}" (national ID).`)
  })

  it('the NGO’s own addresses, role addresses, landlines and plain figures do not stop it', async () => {
    const id = await submitted({
      summary: 'دفتر: info@behzisti.ir و maryam@roshan-ngo.ir، تلفن ۰۲۱-۸۸۷۷۶۶۵۵؛ ۲۴ نفر در سال ۱۴۰۲، شماره پرونده ۱۲۳۴۵۶۷۸۹۰.',
    })
    expect((await publish(id))._status).toBe('published')
  })

  it('a reviewer who checked a match accepts it, with a reason kept in the review trail, and then it is published', async () => {
    const id = await withIdentifiers()
    // The mobile is the NGO's public line: accepted once, written in Latin digits.
    const accepted = await accept(id, 'reviewer', '0912 123 4567')
    expect(accepted.status).toBe(201)
    expect(accepted.json.accepted).toMatchObject({ text: mobile, kind: 'mobile', by: cast.users.reviewer.id })

    await expect(publish(id)).rejects.toMatchObject({ data: { errors: [expect.objectContaining({ path: 'summary' }), expect.objectContaining({ path: 'context' })] } })
    expect((await accept(id, 'coordinator', nationalId, 'نمونه ساختگی در متن آموزشی است.')).status).toBe(201)
    expect((await accept(id, 'admin', email, 'نشانی کاری هماهنگ‌کننده پروژه است.')).status).toBe(201)
    expect((await publish(id))._status).toBe('published')

    const events = await acceptanceEvents(id)
    expect(events.map((e) => [e.identifier, e.identifierKind, e.actor, e.comment]).sort()).toEqual(
      [
        [mobile, 'mobile', cast.users.reviewer.id, 'شماره عمومی دفتر مؤسسه است.'],
        [nationalId, 'nationalId', cast.users.coordinator.id, 'نمونه ساختگی در متن آموزشی است.'],
        [email, 'email', cast.users.admin.id, 'نشانی کاری هماهنگ‌کننده پروژه است.'],
      ].sort(),
    )
    expect(events.every((e) => e.organization === cast.orgs.roshan && e.createdAt)).toBe(true)

    // The editor reads the list, and who accepted what, but cannot accept.
    const checks = await rest('GET', `/case-studies/${id}/identifier-checks`, { token: tokens.editor })
    expect(checks.status).toBe(200)
    expect(checks.json.canAccept).toBe(false)
    expect(checks.json.findings.flatMap((f: { matches: { accepted: { byName: string } }[] }) => f.matches.map((m) => m.accepted.byName)).sort()).toEqual(['admin', 'coord', 'reviewer'])

    // The author's next revision drops the national ID: its acceptance stays on record, no longer in the text.
    await payload.update({ collection: 'case-studies', id, data: { summary: 'کد ملی حذف شد.' }, draft: true, ...as('editor') })
    const later = await rest('GET', `/case-studies/${id}/identifier-checks`, { token: tokens.editor })
    expect(later.json.accepted.map((a: { text: string; inText: boolean }) => [a.text, a.inText]).sort()).toEqual(
      [
        [email, true],
        [mobile, true],
        [nationalId, false],
      ].sort(),
    )
  })

  it('an NGO editor cannot accept a match, not in their own case study; nor can a coordinator of another province, a member or a visitor', async () => {
    const id = await withIdentifiers()
    const editor = await accept(id, 'editor', nationalId)
    expect(editor.status).toBe(403)
    expect(editor.json.errors[0].message).toContain('فقط کسی که اجازه تأیید و انتشار این سند را دارد')
    expect((await accept(id, 'editor', nationalId, 'x', 'en')).json.errors[0].message).toMatch(/^Only someone who may approve this document/)
    // Someone with no part in the document learns nothing of it.
    expect((await accept(id, 'otherCoordinator', nationalId)).status).toBe(404)
    expect((await accept(id, 'otherEditor', nationalId)).status).toBe(404)
    expect((await accept(id, 'member', nationalId)).status).toBe(403)
    expect((await rest('POST', `/case-studies/${id}/identifier-checks`, { body: { match: nationalId, reason: 'x' } })).status).toBe(401)
    // Nor through the review trail itself, which no one writes by hand.
    const forged = await rest('POST', '/review-events', {
      token: tokens.editor,
      body: { document: { relationTo: 'case-studies', value: id }, transition: 'acceptIdentifier', toState: 'submitted', identifier: nationalId },
    })
    expect(forged.status).toBe(403)
    expect(await acceptanceEvents(id)).toEqual([])
    await expect(publish(id)).rejects.toMatchObject({ status: 400 })
  })

  it('only what the check finds in the text can be accepted, and only with a reason', async () => {
    const id = await withIdentifiers()
    const elsewhere = await accept(id, 'reviewer', '09351112233')
    expect(elsewhere.status).toBe(400)
    expect(elsewhere.json.errors[0].message).toContain('09351112233')
    expect((await accept(id, 'reviewer', nationalId, '  ')).status).toBe(400)
    expect((await rest('POST', `/case-studies/${id}/identifier-checks`, { token: tokens.reviewer, body: ['x'] })).status).toBe(400)
    expect(await acceptanceEvents(id)).toEqual([])
  })
})

describe('every path to publication is checked', () => {
  it('a scheduled publish of a case study without consent fails in the jobs queue, and it stays a draft', async () => {
    const id = await submitted({ consentConfirmed: false })
    const job = await payload.jobs.queue({
      task: 'schedulePublish',
      input: { type: 'publish', doc: { relationTo: 'case-studies', value: String(id) }, user: { relationTo: 'users', value: cast.users.reviewer.id } },
      waitUntil: new Date(Date.now() - 1000),
    } as never)
    await payload.jobs.run({ where: { id: { equals: job.id } } })
    const ran = await payload.findByID({ collection: 'payload-jobs', id: job.id, overrideAccess: true })
    expect(ran.hasError).toBe(true)
    expect(JSON.stringify(ran.log ?? ran.error)).toContain('رضایت آگاهانه مددجویان')
    expect(await statusOf(id)).toBe('draft')
  })

  it('restoring a published version checks that version’s text, in every locale, as it reads today', async () => {
    const sepid = await payload.create({
      collection: 'organizations',
      data: { name: 'انجمن سپید', slug: 'sepid', province: cast.provinces.tehran, website: 'https://sepid-ngo.ir' } as never,
    })
    const as = { user: cast.users.admin, overrideAccess: false as const }
    const doc = await payload.create({ collection: 'case-studies', data: sampleData('case-studies', sepid.id) as never, draft: true, ...as })
    await payload.update({ collection: 'case-studies', id: doc.id, locale: 'en', data: { results: lexical('Write to sara@sepid-ngo.ir.') } as never, draft: true, ...as })
    // On the NGO's own domain, the address is the NGO's: the case study is published.
    expect((await payload.update({ collection: 'case-studies', id: doc.id, data: { _status: 'published' }, ...as }))._status).toBe('published')
    const { docs } = await payload.findVersions({ collection: 'case-studies', where: { parent: { equals: doc.id } }, sort: '-createdAt', limit: 1, depth: 0 })
    const published = docs[0]!
    expect(published.version._status).toBe('published')

    await payload.update({ collection: 'case-studies', id: doc.id, locale: 'en', data: { results: lexical('Write to the office.') } as never, draft: true, ...as })
    // The NGO moves to another domain: the old address now reaches one person, not the NGO.
    await payload.update({ collection: 'organizations', id: sepid.id, data: { website: 'https://sepid.org' } })

    await expect(payload.restoreVersion({ collection: 'case-studies', id: published.id, ...as })).rejects.toMatchObject({
      status: 400,
      data: { errors: [{ path: 'results', message: expect.stringMatching(/\(انگلیسی\).*sara@sepid-ngo\.ir/) }] },
    })
    const current = await payload.findByID({ collection: 'case-studies', id: doc.id, locale: 'en', draft: true, overrideAccess: true })
    expect(JSON.stringify(current.results)).toContain('Write to the office.')
    // The same through REST.
    const refused = await rest('POST', `/case-studies/versions/${published.id}`, { token: tokens.admin, headers: { 'Accept-Language': 'en' } })
    expect(refused.status).toBe(400)
    expect(refused.json.errors[0].data.errors[0]).toMatchObject({ path: 'results', message: expect.stringContaining('Results (English)') })
  })
})
