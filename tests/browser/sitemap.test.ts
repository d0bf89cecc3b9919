import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'

import { startBuiltServer, type BuiltServer } from './support/server'

const admin = { email: 'admin@hamafza.test', password: 'hamafza-admin' }

describe('sitemap.xml, robots.txt and the metadata of document pages for crawlers', () => {
  let server: BuiltServer

  beforeAll(async () => {
    server = await startBuiltServer({ demoDataDir: inject('demoDataDir'), readyPath: '/fa' })
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('robots.txt lets crawlers read the site, not the admin or the API, and names the sitemap', async () => {
    const response = await fetch(server.url + '/robots.txt')
    expect(response.status).toBe(200)
    const text = await response.text()
    expect(text).toMatch(/^User-Agent: \*$/m)
    expect(text).toMatch(/^Disallow: \/admin$/m)
    expect(text).toMatch(/^Disallow: \/api\/$/m)
    expect(text).toContain(`Sitemap: ${server.url}/sitemap.xml`)
  })

  it('sitemap.xml lists every published public record in both languages with hreflang alternates, and no draft or members-only one', async () => {
    const response = await fetch(server.url + '/sitemap.xml')
    expect(response.status).toBe(200)
    expect(response.headers.get('content-type')).toContain('xml')
    const xml = await response.text()
    const token = (
      (await (
        await fetch(`${server.url}/api/users/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(admin) })
      ).json()) as { token: string }
    ).token
    const all = (await (
      await fetch(`${server.url}/api/case-studies?limit=200&depth=0&draft=true`, { headers: { Authorization: `JWT ${token}` } })
    ).json()) as { docs: { id: number; _status: string; visibility: string }[] }
    for (const doc of all.docs) {
      const listed = xml.includes(`<loc>${server.url}/fa/case-studies/${doc.id}</loc>`)
      expect(listed, `case study ${doc.id} (${doc._status}, ${doc.visibility})`).toBe(doc._status === 'published' && doc.visibility === 'public')
      if (listed) {
        expect(xml).toContain(`<loc>${server.url}/en/case-studies/${doc.id}</loc>`)
        expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="en" href="${server.url}/en/case-studies/${doc.id}" />`)
        expect(xml).toContain(`<xhtml:link rel="alternate" hreflang="fa" href="${server.url}/fa/case-studies/${doc.id}" />`)
      }
    }
    for (const path of ['/fa', '/en', '/fa/lessons', '/en/provinces', '/fa/organizations/1']) expect(xml).toContain(`<loc>${server.url}${path}</loc>`)
  })

  it('gives a case study’s page Open Graph data and the Highwire citation tags Google Scholar reads', async () => {
    const list = (await (await fetch(`${server.url}/api/case-studies?limit=1&depth=1&locale=fa&where[_status][equals]=published`)).json()) as {
      docs: { id: number; title: string; organization: { name: string } }[]
    }
    const doc = list.docs[0]!
    const html = await (await fetch(`${server.url}/fa/case-studies/${doc.id}`)).text()
    const meta = (attribute: 'name' | 'property', key: string) =>
      new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1]?.replace(/&quot;/g, '"').replace(/&amp;/g, '&')
    expect(meta('name', 'citation_title')).toBe(doc.title)
    expect(meta('name', 'citation_author')).toBe(doc.organization.name)
    expect(meta('name', 'citation_publication_date')).toMatch(/^\d{4}\/\d{2}\/\d{2}$/)
    expect(meta('name', 'citation_language')).toBe('fa')
    expect(meta('name', 'citation_public_url')).toMatch(new RegExp(`/case-studies/${doc.id}/editions/\\d+$`))
    expect(meta('property', 'og:title')).toBe(doc.title)
    expect(meta('property', 'og:type')).toBe('article')
    expect(meta('property', 'og:url')).toBe(`${server.url}/fa/case-studies/${doc.id}`)
    expect(meta('property', 'og:locale')).toBe('fa_IR')
  })
})
