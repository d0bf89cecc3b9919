import { spawn } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(__dirname, '../..')
const tsx = path.join(root, 'node_modules/tsx/dist/cli.mjs')

export type Network = { database: string; media: string; searchIndex: string }

export const networkIn = (dir: string): Network => ({
  database: path.join(dir, 'hamafza.db'),
  media: path.join(dir, 'media'),
  searchIndex: path.join(dir, 'search.db'),
})

export type Finished = { code: number | null; stdout: string; stderr: string }

/**
 * Runs one of the project's scripts as its own process on the network given, as `npm run` would (the
 * production way: migrations rather than a pushed schema, jobs off), and waits for it to exit.
 */
export const runScript = (script: string, args: string[], network: Network, env: Record<string, string> = {}): Promise<Finished> =>
  new Promise((resolve, reject) => {
    const inherited = Object.fromEntries(
      // HAMAFZA_ID_TYPE too: the committed migrations, which these commands run, give numeric ids.
      Object.entries(process.env).filter(([name]) => !/^(NODE_ENV|DATABASE_URL|MEDIA_DIR|SEARCH_DB_PATH|VITEST.*|TEST|HAMAFZA_ID_TYPE)$/.test(name)),
    )
    const child = spawn(process.execPath, [tsx, script, ...args], {
      cwd: root,
      env: {
        ...inherited,
        DATABASE_URL: `file:${network.database}`,
        MEDIA_DIR: network.media,
        SEARCH_DB_PATH: network.searchIndex,
        NODE_ENV: 'development',
        HAMAFZA_JOBS: 'off',
        PAYLOAD_LOG_LEVEL: 'error',
        NODE_OPTIONS: '--no-deprecation',
        ...env,
      } as NodeJS.ProcessEnv,
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let stdout = ''
    let stderr = ''
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('exit', (code) => resolve({ code, stdout, stderr }))
  })

/**
 * Runs Node with `args` and waits for it without blocking the test's worker: a worker stopped by a
 * synchronous child for most of a minute misses its own calls to Vitest, which then fails the run.
 */
export const runNode = (args: string[], { env = process.env, cwd = root, timeoutMs = 120_000 }: { env?: NodeJS.ProcessEnv; cwd?: string; timeoutMs?: number } = {}): Promise<Finished> =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] })
    let stdout = ''
    let stderr = ''
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs)
    child.stdout.on('data', (chunk: Buffer) => (stdout += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()))
    child.once('error', reject)
    child.once('close', (code) => {
      clearTimeout(timer)
      resolve({ code, stdout, stderr })
    })
  })

/** The lines a command wrote, without its progress bars. */
export const linesOf = (output: string) =>
  output
    .split(/[\r\n]+/)
    .filter((line) => line.trim() && !/^\w+ \[[# ]+\] \d+\/\d+$/.test(line.trim()))
