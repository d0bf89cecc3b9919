import type { ChildProcess } from 'node:child_process'

/** Waits `ms` milliseconds. */
export const sleep = (ms: number): Promise<void> => new Promise((resolve) => setTimeout(resolve, ms))

/** A server started as a child process, watched: the tail of what it printed, whether it ended, and a stop that waits for it. */
export interface WatchedChild {
  output: () => string
  exited: () => boolean
  /** SIGTERM, then SIGKILL after `graceMs`; resolves once the process has ended. */
  stop: () => Promise<void>
}

/**
 * Watches a child started with piped output. With `group`, the child was spawned `detached` (a process
 * group of its own) and the signals reach the whole group, so a server's own workers end with it.
 */
export const watchChild = (child: ChildProcess, { group = false, graceMs = 5_000 }: { group?: boolean; graceMs?: number } = {}): WatchedChild => {
  let log = ''
  const keep = (chunk: Buffer) => {
    log = (log + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', keep)
  child.stderr?.on('data', keep)
  let hasExited = false
  const exit = new Promise<void>((resolve) =>
    child.once('exit', () => {
      hasExited = true
      resolve()
    }),
  )
  const signal = (name: NodeJS.Signals) => {
    if (child.pid) process.kill(group ? -child.pid : child.pid, name)
  }
  return {
    output: () => log,
    exited: () => hasExited,
    stop: async () => {
      if (hasExited || !child.pid) return
      signal('SIGTERM')
      const ended = await Promise.race([exit.then(() => true), sleep(graceMs).then(() => false)])
      if (!ended && !hasExited) signal('SIGKILL')
      await exit
    },
  }
}
