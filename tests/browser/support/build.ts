import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import path from 'node:path'

import { projectRoot } from './paths'

/** What the production build is made from; a change to any of these makes the build stale. */
const buildInputs = ['src', 'collections', 'public', 'payload.config.ts', 'next.config.ts', 'tsconfig.json', 'package-lock.json', 'patches']
// Tests and dotfiles (scratch files some tests write beside the import map) are not part of the build.
const isBuilt = (name: string) => !name.startsWith('.') && name !== 'node_modules' && !/\.test\.tsx?$/.test(name)

/** The newest file change below `entry`; folders' own times are ignored, since a scratch file touches them. */
const newestChange = (entry: string): number => {
  const stats = statSync(entry)
  if (!stats.isDirectory()) return stats.mtimeMs
  return readdirSync(entry)
    .filter(isBuilt)
    .reduce((newest, name) => Math.max(newest, newestChange(path.join(entry, name))), 0)
}

const buildId = path.join(projectRoot, '.next/BUILD_ID')

/** Next's command-line entry, run with this Node rather than through npx. */
export const nextBin = path.join(projectRoot, 'node_modules/next/dist/bin/next')

/** The reason the build must be made again, or null when .next is newer than every source. */
export const staleBuildReason = (): string | null => {
  if (!existsSync(buildId)) return 'no production build yet'
  const builtAt = statSync(buildId).mtimeMs
  const changed = buildInputs.find((input) => {
    const full = path.join(projectRoot, input)
    return existsSync(full) && newestChange(full) > builtAt
  })
  return changed ? `${changed} changed since the last build` : null
}

/**
 * Runs `next build` when the sources are newer than the last build, so tests never drive stale code.
 * Asynchronously: Vitest's main process must keep answering the workers while the build runs.
 */
export const ensureFreshBuild = async (): Promise<void> => {
  const reason = staleBuildReason()
  if (!reason) return
  console.log(`[browser tests] building the app (${reason}) ...`)
  const started = Date.now()
  const build = spawn(process.execPath, [nextBin, 'build'], {
    cwd: projectRoot,
    // Vitest sets NODE_ENV=test, which a production build must not inherit.
    env: { ...process.env, NODE_ENV: 'production', NEXT_TELEMETRY_DISABLED: '1', NODE_OPTIONS: '--no-deprecation' },
    stdio: 'inherit',
  })
  const status = await new Promise<number | string | null>((resolve, reject) => {
    build.on('error', reject)
    build.on('exit', (code, signal) => resolve(code ?? signal))
  })
  if (status !== 0) throw new Error(`next build failed (exit ${status})`)
  console.log(`[browser tests] built in ${Math.round((Date.now() - started) / 1000)} s`)
}
