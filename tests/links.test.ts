import type { Field, Payload } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { validateLinkAddress, validateWebsite } from '../src/links/validate'
import { buildCast, sampleData, type Cast } from './support/fixtures'
import { startPayload } from './support/payload'
import { rest } from './support/rest'

let payload: Payload
let cast: Cast
let adminToken: string

beforeAll(async () => {
  payload = await startPayload()
  cast = await buildCast(payload)
  adminToken = (await payload.login({ collection: 'users', data: { email: cast.users.admin.email, password: cast.passwords[cast.users.admin.email]! } })).token!
})

const text = (value: string) => ({ type: 'text', text: value, format: 0, style: '', mode: 'normal', detail: 0, version: 1 })
const paragraph = (...children: unknown[]) => ({ type: 'paragraph', format: '', indent: 0, version: 1, direction: 'rtl', textFormat: 0, children })
const richText = (...children: unknown[]) => ({ root: { type: 'root', format: '', indent: 0, version: 1, direction: 'rtl', children: [paragraph(...children)] } })
const link = (url: string, type: 'link' | 'autolink' = 'link') => ({
  type,
  version: type === 'link' ? 3 : 2,
  format: '',
  indent: 0,
  direction: 'rtl',
  fields: { linkType: 'custom', url, newTab: false },
  children: [text('گزارش کامل')],
})
/** A case study whose context holds one link, among other words. */
const withLink = (url: string, type: 'link' | 'autolink' = 'link') =>
  sampleData('case-studies', cast.orgs.roshan, { context: richText(text('بنگرید به '), link(url, type), text('.')) })

const count = async (collection: 'case-studies' | 'lessons' | 'organizations') => (await payload.count({ collection, overrideAccess: true })).totalDocs

const refused = [
  'javascript:alert(1)',
  '  JaVaScRiPt:alert(1)',
  'java\tscript:alert(1)',
  '\u0001javascript:alert(1)',
  '&#106;avascript:alert(1)',
  'javascript%3Aalert(document.cookie)',
  'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
  'vbscript:msgbox(1)',
  'file:///etc/passwd',
  '//evil.example/',
]
const accepted = ['https://behzisti.ir/fa/news', 'http://example.org', 'mailto:info@roshan.org', 'tel:+982188776655', '/fa/lessons/12', '#results']

describe('rich-text links take only http:, https:, mailto:, tel: and addresses on this site', () => {
  it.each(refused)('a draft linking to %j is refused with a 400 that names the field, and nothing is stored', async (url) => {
    const before = await count('case-studies')
    const response = await rest('POST', '/case-studies?draft=true', { token: adminToken, body: withLink(url) })
    expect(response.status).toBe(400)
    const [error] = response.json.errors
    expect(error.data.errors).toEqual([expect.objectContaining({ path: 'context', message: expect.stringMatching(/پیوند|نشانی/) })])
    expect(error.message).toContain('زمینه')
    expect(await count('case-studies')).toBe(before)
  })

  it.each(accepted)('a draft linking to %j is saved', async (url) => {
    const response = await rest('POST', '/case-studies?draft=true', { token: adminToken, body: withLink(url) })
    expect(response.status, JSON.stringify(response.json)).toBe(201)
    expect(response.json.doc.context.root.children[0].children[1].fields.url).toBe(url)
  })

  it('names the refused scheme, in English for a request in English', async () => {
    const response = await rest('POST', '/case-studies?draft=true', { token: adminToken, body: withLink('JavaScript:alert(1)'), headers: { 'Accept-Language': 'en' } })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].message).toBe(
      'The link "JavaScript:alert(1)" is refused: links may use only http:, https:, mailto: or tel:, or a page of this site starting with /, not "javascript:".',
    )
    expect(response.json.errors[0].message).toMatch(/^The following field is invalid: .*Context$/)
  })

  it('an auto-link is held to the same rule', async () => {
    const response = await rest('POST', '/case-studies?draft=true', { token: adminToken, body: withLink('javascript:alert(1)', 'autolink') })
    expect(response.status).toBe(400)
    expect(response.json.errors[0].data.errors[0].path).toBe('context')
  })

  it('a saved draft keeps its text when an edit adds an unsafe link', async () => {
    const created = await rest('POST', '/case-studies?draft=true', { token: adminToken, body: withLink('https://behzisti.ir') })
    const id = created.json.doc.id
    const patched = await rest('PATCH', `/case-studies/${id}?draft=true`, { token: adminToken, body: { context: richText(link('javascript:alert(1)')) } })
    expect(patched.status).toBe(400)
    const stored = await payload.findByID({ collection: 'case-studies', id, draft: true, overrideAccess: true })
    expect(JSON.stringify(stored.context)).toContain('https://behzisti.ir')
    expect(JSON.stringify(stored.context)).not.toContain('javascript')
  })

  it('publishing, and fields with a validation of their own (the lesson text), are held to it too', async () => {
    const publish = await rest('POST', '/case-studies', { token: adminToken, body: { ...withLink('data:text/html,<script>alert(1)</script>'), _status: 'published' } })
    expect(publish.status).toBe(400)
    const before = await count('lessons')
    const lesson = await rest('POST', '/lessons?draft=true', {
      token: adminToken,
      body: sampleData('lessons', cast.orgs.roshan, { lesson: richText(text('درس '), link('vbscript:msgbox(1)')) }),
    })
    expect(lesson.status).toBe(400)
    expect(lesson.json.errors[0].data.errors[0]).toMatchObject({ path: 'lesson' })
    expect(await count('lessons')).toBe(before)
  })

  it('GraphQL and the Local API refuse it as REST does', async () => {
    await expect(payload.create({ collection: 'case-studies', data: withLink('javascript:alert(1)') as never, draft: true })).rejects.toMatchObject({
      status: 400,
      data: { errors: [expect.objectContaining({ path: 'context' })] },
    })
  })
})

describe('URL fields take the same rule', () => {
  it('an organization’s website is a full http(s) address', async () => {
    const before = await count('organizations')
    for (const website of ['javascript:alert(1)', ' https://roshan.org', 'data:text/html,x', '/fa', 'roshan.org']) {
      const response = await rest('POST', '/organizations', { token: adminToken, body: { name: 'انجمن نو', slug: 'now', province: cast.provinces.fars, website } })
      expect(response.status, website).toBe(400)
      expect(response.json.errors[0].data.errors[0]).toMatchObject({ path: 'website', message: expect.stringContaining('http') })
    }
    expect(await count('organizations')).toBe(before)
    const good = await rest('POST', '/organizations', { token: adminToken, body: { name: 'انجمن نو', slug: 'now', province: cast.provinces.fars, website: 'https://now.example.org' } })
    expect(good.status).toBe(201)
  })

  it('every address field in the config, and the editor’s link form, use the rule', () => {
    const addressName = /^(url|link|href|website|.*(Url|URL|Link|Website))$/
    const unchecked: string[] = []
    const visit = (owner: string, fields: Field[], upload = false) => {
      for (const field of fields) {
        // Written by Payload or a plugin, never by a person: an upload's addresses (its own and its sizes'),
        // from the stored file, and the nested-docs breadcrumbs, rebuilt from the slugs on every save.
        if (upload && 'name' in field && ['url', 'thumbnailURL'].includes(field.name)) continue
        if ('name' in field && field.name === 'breadcrumbs') continue
        if ('fields' in field && Array.isArray(field.fields)) visit(owner, field.fields, upload)
        if (field.type === 'tabs') for (const tab of field.tabs) visit(owner, tab.fields, upload)
        if (field.type === 'blocks') for (const block of field.blocks) visit(owner, block.fields, upload)
        if (field.type !== 'text' || !addressName.test(field.name)) continue
        if (field.validate !== validateWebsite && field.validate !== validateLinkAddress) unchecked.push(`${owner}.${field.name}`)
      }
    }
    for (const collection of payload.config.collections) visit(collection.slug, collection.fields, Boolean(collection.upload))
    const linkForm = (payload.config.editor as unknown as { editorConfig: { resolvedFeatureMap: Map<string, { sanitizedServerFeatureProps: { fields: Field[] } }> } })
      .editorConfig.resolvedFeatureMap.get('link')!.sanitizedServerFeatureProps.fields
    visit('editor link', linkForm)
    expect(linkForm.some((f) => f.type === 'text' && f.name === 'url' && f.validate === validateLinkAddress)).toBe(true)
    expect(unchecked).toEqual([])
  })
})
