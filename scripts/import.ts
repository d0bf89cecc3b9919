/**
 * `npm run import -- --org <slug> [--collection lessons] [--set field=value…] [--dry-run] files…`: Word files, ZIPs of
 * Word files and CSV/JSON sheets of records into drafts of one NGO, for network admins moving a whole archive.
 * One report line per file or record (created, skipped as a duplicate title, refused with the reason).
 */
import { readFile } from 'node:fs/promises'
import path from 'node:path'

import { guardStart, loaded, oneLine } from './commandLine'
import { progressBar } from './progress'

const usage = 'usage: npm run import -- --org <slug> [--collection case-studies|lessons|best-practices|curricula] [--set field=value] [--dry-run] files…'

const refuse = (line: string): never => {
  process.stderr.write(`import: ${line}\n`)
  process.exit(2)
}

const parseArgs = (argv: string[]) => {
  const files: string[] = []
  const fields: Record<string, unknown> = {}
  let org: string | undefined
  let collection = 'case-studies'
  let dryRun = false
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!
    if (arg === '--org') org = argv[++i]
    else if (arg === '--collection') collection = argv[++i] ?? ''
    else if (arg === '--dry-run') dryRun = true
    else if (arg === '--set') {
      const [key, ...rest] = (argv[++i] ?? '').split('=')
      if (!key || !rest.length) refuse(`--set takes field=value; ${usage}`)
      const value = rest.join('=')
      fields[key!] = /^-?\d+(\.\d+)?$/.test(value) ? Number(value) : value
    } else if (arg.startsWith('--')) refuse(`unknown option ${arg}; ${usage}`)
    else files.push(arg)
  }
  if (!org) refuse(`--org is required; ${usage}`)
  if (!files.length) refuse(`no files given; ${usage}`)
  return { org: org!, collection, dryRun, fields, files }
}

const main = async () => {
  const args = parseArgs(process.argv.slice(2))
  const { knowledgeCollections } = await import('../collections/knowledgeCollections')
  if (!(knowledgeCollections as readonly string[]).includes(args.collection)) refuse(`unknown collection "${args.collection}"; one of ${knowledgeCollections.join(', ')}`)
  const inputs: { name: string; data: Buffer }[] = []
  for (const file of args.files) {
    const data = await readFile(file).catch(() => refuse(`cannot read ${file}`))
    if (!/\.(docx|zip|csv|json)$/i.test(file)) refuse(`${file}: not a .docx, .zip, .csv or .json file`)
    if (/\.zip$/i.test(file)) {
      const { unzipSync } = await import('fflate')
      let entries: Record<string, Uint8Array>
      try {
        entries = unzipSync(new Uint8Array(data))
      } catch {
        return refuse(`${file}: the ZIP is damaged`)
      }
      for (const [name, bytes] of Object.entries(entries)) if (/\.docx$/i.test(name) && !name.startsWith('__MACOSX/')) inputs.push({ name: path.basename(name), data: Buffer.from(bytes) })
    } else inputs.push({ name: path.basename(file), data })
  }

  const { createLocalReq, getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { importWord, readWordFile } = await import('../src/imports/importWord')
  const { importRecords, readRecords } = await import('../src/imports/records')
  const { isImportRefusal } = await import('../src/imports/refusal')
  const payload = await getPayload({ config, cron: false })
  loaded()
  const { docs } = await payload.find({ collection: 'organizations', where: { slug: { equals: args.org } }, limit: 1, depth: 0 })
  if (!docs[0]) refuse(`no organization with the slug "${args.org}"`)
  const organization = docs[0]!.id
  const req = await createLocalReq({}, payload)
  const collection = args.collection as (typeof knowledgeCollections)[number]
  const counts = { created: 0, wouldCreate: 0, skipped: 0, refused: 0 }
  const say = (status: keyof typeof counts, what: string, reason?: string) => {
    counts[status]++
    process.stdout.write(`${status}\t${what}${reason ? `\t${reason}` : ''}\n`)
  }
  const words = inputs.filter((input) => /\.docx$/i.test(input.name))
  const bar = progressBar('import')
  for (const [i, input] of words.entries()) {
    try {
      if (args.dryRun) {
        const { mapped } = await readWordFile(payload, collection, input, 'en')
        say('wouldCreate', `${input.name}: ${mapped.title}`)
      } else {
        const draft = await importWord({ req, collection, file: input, organization, fields: args.fields, overrideAccess: true })
        say('created', `${input.name}: ${draft.title} (#${draft.id})`)
      }
    } catch (error) {
      const reason = isImportRefusal(error) ? error.messages.en : oneLine(error)
      say(isImportRefusal(error) && error.reason === 'duplicateTitle' ? 'skipped' : 'refused', input.name, reason)
    }
    bar.update(i + 1, words.length)
  }
  bar.end()
  for (const input of inputs.filter((candidate) => !/\.docx$/i.test(candidate.name))) {
    try {
      const records = readRecords(input.name, input.data)
      const sheetBar = progressBar(input.name)
      const report = await importRecords({ req, collection, records, organization, dryRun: args.dryRun, overrideAccess: true, onProgress: sheetBar.update })
      sheetBar.end()
      for (const line of report) {
        const misses = line.unmatched?.map((u) => `${u.column}: ${u.names.join(', ')} not found`).join('; ')
        say(line.status, `${input.name} row ${line.row}: ${line.title}`, [line.reason, misses].filter(Boolean).join('; '))
      }
    } catch (error) {
      say('refused', input.name, isImportRefusal(error) ? error.messages.en : oneLine(error))
    }
  }
  process.stdout.write(`import: ${counts.created} created, ${counts.wouldCreate} would be created, ${counts.skipped} skipped, ${counts.refused} refused\n`)
}

guardStart('import')
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`import: failed: ${oneLine(error)}\n`)
    process.exit(1)
  },
)
