import { mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { runNode } from './support/commands'

const run = async (when: 'loading' | 'working') => {
  const runs = path.join(mkdtempSync(path.join(tmpdir(), 'hamafza-command-')), 'runs.txt')
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !name.startsWith('VITEST') && name !== 'HAMAFZA_COMMAND_RESTARTS')) as NodeJS.ProcessEnv
  const result = await runNode(['node_modules/tsx/dist/cli.mjs', 'tests/support/stallingCommand.ts', when, runs], { env })
  return { ...result, starts: readFileSync(runs, 'utf8').trim().split('\n') }
}

describe('a maintenance command whose event loop runs dry', () => {
  it('starts again when it stopped while loading, and then does its work once', async () => {
    const result = await run('loading')
    expect(result.code, result.stderr).toBe(0)
    expect(result.starts).toEqual(['start 0', 'start 1'])
    expect(result.stdout).toBe('stalling: done\n')
  })

  it('fails in one line, never with code 0, when it stopped after loading', async () => {
    const result = await run('working')
    expect(result.code).toBe(1)
    expect(result.starts).toEqual(['start 0'])
    expect(result.stderr).toBe('stalling: failed: stopped before it finished, with nothing left to wait on\n')
  })
})
