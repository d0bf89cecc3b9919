/**
 * `npm run bench:web [-- --requests 200] [--loads 5]`
 *
 * The public pages as a reader gets them: the production build (rebuilt when stale) on a fresh copy of the
 * seeded demo content, then for the home page, a search with a query, a current curriculum's page, the
 * outcome map and the chapter page of the province with the most member NGOs:
 * server render time over sequential requests (p50/p95, full body read, on loopback), the JavaScript the page
 * ships (its <script src> files, fetched and gzipped), and Largest Contentful Paint in headless Chromium
 * (median of several cold loads). Prints a table and writes bench/web.json.
 */
import { mkdirSync, writeFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { brotliCompressSync, gzipSync } from 'node:zlib'

import { ensureFreshBuild } from '../../tests/browser/support/build'
import { launchChromium } from '../../tests/browser/support/chromium'
import { makeDemoData, removeDemoData } from '../../tests/browser/support/demo'
import { projectRoot } from '../../tests/browser/support/paths'
import { startBuiltServer } from '../../tests/browser/support/server'

const option = (name: string, fallback: number): number => {
  const at = process.argv.indexOf(`--${name}`)
  return at >= 0 && process.argv[at + 1] !== undefined ? Number(process.argv[at + 1]) : fallback
}

const settings = { requests: option('requests', 200), warmup: option('warmup', 10), loads: option('loads', 5) }
const targets = { renderP95Ms: 50, javascriptGzipKb: 120, lcpMs: 1000 }

const log = (message: string) => process.stderr.write(`${message}\n`)

const quantile = (sorted: number[], q: number) => sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(q * sorted.length) - 1))] ?? NaN
const median = (values: number[]) => quantile([...values].sort((a, b) => a - b), 0.5)
const round = (value: number, digits = 1) => Math.round(value * 10 ** digits) / 10 ** digits

type PageResult = {
  name: string
  path: string
  status: number
  render: { requests: number; p50Ms: number; p95Ms: number; maxMs: number; failures: number }
  javascript: { scripts: number; rawBytes: number; gzipBytes: number; brotliBytes: number; inlineScriptBytes: number; noModuleGzipBytes: number }
  lcp: { loads: number[]; medianMs: number; element: string }
}

const renderTimes = async (url: string) => {
  for (let i = 0; i < settings.warmup; i++) await (await fetch(url)).text()
  const times: number[] = []
  let failures = 0
  let status = 0
  for (let i = 0; i < settings.requests; i++) {
    const started = performance.now()
    const response = await fetch(url)
    await response.text()
    times.push(performance.now() - started)
    status = response.status
    if (response.status >= 500) failures++
  }
  const sorted = times.sort((a, b) => a - b)
  return { status, render: { requests: times.length, p50Ms: round(quantile(sorted, 0.5)), p95Ms: round(quantile(sorted, 0.95)), maxMs: round(sorted.at(-1)!), failures } }
}

/**
 * The page's <script src> files as a browser fetches them, gzipped (what `next start` sends) and, for
 * comparison, with brotli. `noModule` scripts (legacy polyfills) are counted apart: a current browser
 * never downloads them. Inline scripts (the page's own RSC data) are reported in raw bytes.
 */
const javascriptOf = async (base: string, url: string) => {
  const html = await (await fetch(url)).text()
  const tags = [...html.matchAll(/<script\b([^>]*)\bsrc="([^"]+)"([^>]*)>/g)].map((match) => ({
    src: match[2]!.replace(/&amp;/g, '&'),
    noModule: /\bnoModule\b/i.test(match[1]! + match[3]!),
  }))
  const unique = [...new Map(tags.map((tag) => [tag.src, tag])).values()]
  const inline = [...html.matchAll(/<script\b(?![^>]*\bsrc=)[^>]*>([\s\S]*?)<\/script>/g)].reduce((sum, match) => sum + Buffer.byteLength(match[1]!), 0)
  const totals = { scripts: 0, rawBytes: 0, gzipBytes: 0, brotliBytes: 0, inlineScriptBytes: inline, noModuleGzipBytes: 0 }
  for (const tag of unique) {
    const body = Buffer.from(await (await fetch(new URL(tag.src, base))).arrayBuffer())
    const gzip = gzipSync(body, { level: 6 }).length
    if (tag.noModule) {
      totals.noModuleGzipBytes += gzip
      continue
    }
    totals.scripts++
    totals.rawBytes += body.length
    totals.gzipBytes += gzip
    totals.brotliBytes += brotliCompressSync(body).length
  }
  return totals
}

const main = async () => {
  await ensureFreshBuild()
  log('[bench:web] seeding the demo content ...')
  const demo = await makeDemoData()
  const server = await startBuiltServer({ demoDataDir: demo.dir, readyPath: '/fa' })
  const browser = await launchChromium({ locale: 'fa-IR' })
  try {
    // A current (not retired) published curriculum, as a visitor may read it.
    const curricula = (await (
      await fetch(`${server.url}/api/curricula?depth=0&limit=1&sort=code&where[workflowState][not_equals]=retired&where[_status][equals]=published`)
    ).json()) as { docs: { id: number | string; code: string }[] }
    const curriculum = curricula.docs[0]
    if (!curriculum) throw new Error('the demo content has no current curriculum')
    // The province with the most member NGOs in the demo, as its chapter page.
    const organizations = (await (await fetch(`${server.url}/api/organizations?depth=0&limit=200`)).json()) as { docs: { province: number | string }[] }
    const perProvince = new Map<string, number>()
    for (const { province } of organizations.docs) perProvince.set(String(province), (perProvince.get(String(province)) ?? 0) + 1)
    const province = [...perProvince].sort((a, b) => b[1] - a[1])[0]?.[0]
    if (!province) throw new Error('the demo content has no member NGO')
    const pages = [
      { name: 'home', path: '/fa' },
      { name: 'search', path: `/fa/search?q=${encodeURIComponent('مهارت')}` },
      { name: `curriculum ${curriculum.code}`, path: `/fa/curricula/${curriculum.id}` },
      { name: 'outcome map', path: '/fa/map' },
      { name: 'province chapter', path: `/fa/provinces/${province}` },
    ]
    const results: PageResult[] = []
    for (const page of pages) {
      const url = server.url + page.path
      log(`[bench:web] ${page.name}: ${settings.requests} requests ...`)
      const { status, render } = await renderTimes(url)
      const javascript = await javascriptOf(server.url, url)
      const loads: number[] = []
      let element = ''
      for (let i = 0; i < settings.loads; i++) {
        const tab = await browser.context.newPage()
        const cdp = await browser.context.newCDPSession(tab)
        await cdp.send('Network.enable')
        await cdp.send('Network.setCacheDisabled', { cacheDisabled: true })
        await tab.addInitScript(() => {
          const state = window as unknown as { __lcp: { time: number; element: string } }
          state.__lcp = { time: 0, element: '' }
          new PerformanceObserver((list) => {
            for (const entry of list.getEntries() as (PerformanceEntry & { element?: Element | null })[]) {
              state.__lcp = { time: entry.startTime, element: entry.element ? entry.element.tagName.toLowerCase() + (entry.element.className ? `.${String(entry.element.className).split(' ')[0]}` : '') : '' }
            }
          }).observe({ type: 'largest-contentful-paint', buffered: true })
        })
        await tab.goto(url, { waitUntil: 'load' })
        await tab.evaluate(() => document.fonts.ready)
        await tab.waitForTimeout(300)
        const lcp = await tab.evaluate(() => (window as unknown as { __lcp: { time: number; element: string } }).__lcp)
        loads.push(round(lcp.time))
        element = lcp.element
        await tab.close()
      }
      results.push({ name: page.name, path: page.path, status, render, javascript, lcp: { loads, medianMs: round(median(loads)), element } })
    }

    const kb = (bytes: number) => round(bytes / 1024)
    const mark = (ok: boolean) => (ok ? 'ok' : 'OVER')
    const rows = results.map((r) => ({
      page: r.name,
      status: r.status,
      'render p50 ms': r.render.p50Ms,
      'render p95 ms': `${r.render.p95Ms} ${mark(r.render.p95Ms <= targets.renderP95Ms)}`,
      'JS gzip KB': `${kb(r.javascript.gzipBytes)} ${mark(kb(r.javascript.gzipBytes) <= targets.javascriptGzipKb)}`,
      'JS brotli KB': kb(r.javascript.brotliBytes),
      scripts: r.javascript.scripts,
      'LCP ms (median)': `${r.lcp.medianMs} ${mark(r.lcp.medianMs <= targets.lcpMs)}`,
    }))
    const header = Object.keys(rows[0]!)
    const widths = header.map((name) => Math.max(name.length, ...rows.map((row) => String(row[name as keyof typeof row]).length)))
    const line = (cells: string[]) => cells.map((cell, i) => cell.padEnd(widths[i]!)).join('  ')
    console.log(`\nPublic pages, ${settings.requests} sequential requests each; targets: render p95 ≤ ${targets.renderP95Ms} ms, JS ≤ ${targets.javascriptGzipKb} KB gzip, LCP ≤ ${targets.lcpMs} ms`)
    console.log(line(header))
    for (const row of rows) console.log(line(header.map((name) => String(row[name as keyof typeof row]))))

    const report = {
      measuredAt: new Date().toISOString(),
      machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', loadAverage: os.loadavg().map((v) => round(v, 2)), node: process.version },
      settings,
      targets,
      pages: results,
    }
    mkdirSync(path.join(projectRoot, 'bench'), { recursive: true })
    writeFileSync(path.join(projectRoot, 'bench/web.json'), `${JSON.stringify(report, null, 2)}\n`)
    log('[bench:web] wrote bench/web.json')
  } finally {
    await browser.close()
    await server.stop()
    removeDemoData(demo.dir)
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`)
  process.exit(1)
})
