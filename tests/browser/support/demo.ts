import { spawn } from 'node:child_process'
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import type { MeilisearchConnection } from '../../support/meilisearchServer'
import { projectRoot } from './paths'

/**
 * The demo content, made once per browser-test run by the real `npm run seed` and `npm run reindex` into a
 * folder of its own (database, search index, uploads); each server that asks for it starts on a copy.
 */
export type DemoData = { dir: string; database: string; searchIndex: string; media: string }

export const demoFiles = (dir: string): DemoData => ({
  dir,
  database: path.join(dir, 'hamafza.db'),
  searchIndex: path.join(dir, 'search.db'),
  media: path.join(dir, 'media'),
})

const tsxBin = path.join(projectRoot, 'node_modules/tsx/dist/cli.mjs')

const run = (script: string, env: NodeJS.ProcessEnv): Promise<void> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [tsxBin, script], { cwd: projectRoot, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${script} exited with ${code}:\n${output.slice(-4_000)}`))))
  })

/** The scripts' environment on a demo folder, with the embedded index unless a Meilisearch index is named. */
const scriptEnv = (files: DemoData, meilisearch?: MeilisearchConnection & { index: string }): NodeJS.ProcessEnv => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|DATABASE_URL|MEDIA_DIR|SEARCH_DB_PATH|MEILISEARCH_.*|VITEST.*|TEST)$/.test(name)),
  ),
  DATABASE_URL: `file:${files.database}`,
  MEDIA_DIR: files.media,
  SEARCH_DB_PATH: files.searchIndex,
  NODE_ENV: 'development',
  PAYLOAD_SECRET: 'demo-content-only',
  HAMAFZA_JOBS: 'off',
  NODE_OPTIONS: '--no-deprecation',
  ...(meilisearch ? { MEILISEARCH_URL: meilisearch.url, MEILISEARCH_API_KEY: meilisearch.apiKey, MEILISEARCH_INDEX: meilisearch.index } : {}),
})

/** Seeds and indexes the demo content into a new temporary folder. */
export const makeDemoData = async (): Promise<DemoData> => {
  const files = demoFiles(mkdtempSync(path.join(tmpdir(), 'hamafza-demo-')))
  await run('scripts/seed.ts', scriptEnv(files))
  await run('scripts/reindex.ts', scriptEnv(files))
  return files
}

/** Indexes a copy of the demo content into a Meilisearch index of its own, as `npm run reindex` would. */
export const indexDemoDataIn = (dir: string, meilisearch: MeilisearchConnection & { index: string }): Promise<void> =>
  run('scripts/reindex.ts', scriptEnv(demoFiles(dir), meilisearch))

/** Copies the demo content into a server's own folder, so no test changes what another one reads. */
export const copyDemoData = (from: string, to: string): void => {
  const source = demoFiles(from)
  const target = demoFiles(to)
  for (const name of ['database', 'searchIndex'] as const) {
    for (const suffix of ['', '-wal', '-shm']) {
      if (existsSync(source[name] + suffix)) cpSync(source[name] + suffix, target[name] + suffix)
    }
  }
  if (existsSync(source.media)) cpSync(source.media, target.media, { recursive: true })
}

export const removeDemoData = (dir: string): void => rmSync(dir, { recursive: true, force: true })
