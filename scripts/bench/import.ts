/**
 * `npm run bench:import`: the time to import 100 Word files and a 10,000-row CSV into drafts, on a temporary
 * database of its own (the machine's database is not touched). Prints the figures and writes bench/import.json.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs'
import os, { tmpdir } from 'node:os'
import path from 'node:path'

import { finish, loaded } from '../commandLine'
import { projectRoot } from '../../tests/browser/support/paths'

const dir = mkdtempSync(path.join(tmpdir(), 'hamafza-bench-import-'))
process.env.DATABASE_URL = `file:${path.join(dir, 'bench.db')}`
process.env.MEDIA_DIR = path.join(dir, 'media')
process.env.SEARCH_DB_PATH = path.join(dir, 'search.db')
process.env.HAMAFZA_JOBS = 'off'
process.env.PAYLOAD_SECRET ??= 'bench-import'
process.env.PAYLOAD_LOG_LEVEL = 'warn'

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`

finish('bench:import', async () => {
  const { createLocalReq, getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { ensureSchema } = await import('../seed/schema')
  const { caseStudyDocx } = await import('../../tests/support/wordFixtures')
  const { importWord } = await import('../../src/imports/importWord')
  const { importRecords, readRecords } = await import('../../src/imports/records')
  const payload = await getPayload({ config, cron: false })
  loaded()
  await ensureSchema(payload)
  const province = await payload.create({ collection: 'provinces', data: { name: 'کرمان', code: '08' } })
  const org = await payload.create({ collection: 'organizations', data: { name: 'انجمن سنجش', slug: 'bench', province: province.id, licenceStage: 'registered', membershipStatus: 'active' } as never })
  const req = await createLocalReq({}, payload)

  const docx = await caseStudyDocx()
  let started = Date.now()
  for (let i = 0; i < 100; i++) {
    await importWord({ req, collection: 'case-studies', file: { name: `case-${i}.docx`, data: docx }, organization: org.id, fields: { title: `مطالعه موردی ${i + 1}`, outcome: 'mixed' }, overrideAccess: true })
  }
  const wordMs = Date.now() - started

  const lines = ['title,rootCause,lesson,applicability']
  for (let i = 0; i < 10_000; i++) lines.push(`درس شماره ${i + 1},market,پیش از آموزش بازار کار محلی را بسنجید.,کارگاه‌های روستایی`)
  const records = readRecords('lessons.csv', Buffer.from(lines.join('\n')))
  started = Date.now()
  const report = await importRecords({ req, collection: 'lessons', records, organization: org.id, overrideAccess: true })
  const csvMs = Date.now() - started
  const created = report.filter((line) => line.status === 'created').length
  const drafts = (await payload.count({ collection: 'case-studies', where: { organization: { equals: org.id } }, overrideAccess: true })).totalDocs
  if (drafts !== 100 || created !== 10_000) throw new Error(`expected 100 case studies and 10,000 lessons, made ${drafts} and ${created}`)

  process.stdout.write(`bench:import: 100 DOCX files (${(docx.length / 1024).toFixed(0)} KB each, one picture) → 100 drafts in ${seconds(wordMs)} (${(wordMs / 100).toFixed(0)} ms a file)\n`)
  process.stdout.write(`bench:import: a 10,000-row CSV → ${created} drafts in ${seconds(csvMs)} (${(csvMs / 10_000).toFixed(1)} ms a row)\n`)
  const round = (value: number, digits = 1) => Number(value.toFixed(digits))
  const result = {
    measuredAt: new Date().toISOString(),
    machine: { cpus: os.cpus().length, model: os.cpus()[0]?.model ?? '', loadAverage: os.loadavg().map((v) => round(v, 2)), node: process.version },
    word: { files: 100, fileKb: round(docx.length / 1024), drafts: drafts, seconds: round(wordMs / 1000), msPerFile: round(wordMs / 100) },
    csv: { rows: 10_000, drafts: created, seconds: round(csvMs / 1000), msPerRow: round(csvMs / 10_000, 2) },
  }
  mkdirSync(path.join(projectRoot, 'bench'), { recursive: true })
  writeFileSync(path.join(projectRoot, 'bench/import.json'), `${JSON.stringify(result, null, 2)}\n`)
  process.stdout.write('bench:import: wrote bench/import.json\n')
})
