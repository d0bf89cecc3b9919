import { readFileSync, rmSync } from 'node:fs'
import path from 'node:path'

import configPromise from '@payload-config'
import { generateImportMap } from 'payload'
import { generateTypes } from 'payload/node'
import { describe, expect, it, onTestFinished } from 'vitest'
import { skippedWithUuidIds } from './support/ids'

const root = path.resolve(__dirname, '..')
const scratch = () => path.join(process.env.HAMAFZA_TEST_DIR!, `generated-${Math.random().toString(36).slice(2)}`)

describe.skipIf(skippedWithUuidIds('the generated files check', 'the committed types describe the default numeric ids'))('generated files are committed up to date', () => {
  it('src/payload-types.ts matches the config (run `npm run generate:types`)', async () => {
    const config = await configPromise
    const out = `${scratch()}.ts`
    process.env.PAYLOAD_TS_OUTPUT_PATH = out
    try {
      await generateTypes(config, { log: false })
    } finally {
      delete process.env.PAYLOAD_TS_OUTPUT_PATH
    }
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(root, 'src/payload-types.ts'), 'utf8'))
  })

  it('the admin import map matches the config (run `npm run generate:importmap`)', async () => {
    const config = await configPromise
    // Beside the real one: the map holds paths relative to its own folder.
    const out = path.join(root, 'src/app/(payload)/admin', `.importMap-check-${process.pid}.js`)
    onTestFinished(() => rmSync(out, { force: true }))
    await generateImportMap({ ...config, admin: { ...config.admin, importMap: { ...config.admin.importMap, importMapFile: out } } }, { force: true, log: false })
    expect(readFileSync(out, 'utf8')).toBe(readFileSync(path.join(root, 'src/app/(payload)/admin/importMap.js'), 'utf8'))
  })
})
