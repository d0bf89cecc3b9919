import { spawnSync } from 'node:child_process'

import { isBackupRefusal } from '../src/backup/format'

/** One readable line for a failure: a failed query's driver cause rather than its whole SQL. */
export const oneLine = (error: unknown): string => {
  const cause = error instanceof Error && error.message.startsWith('Failed query') ? error.cause : undefined
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
  return message.replace(/\s+/g, ' ').trim()
}

let loading = true

/** Called by a command once Payload is up: from then on, a command that stops short has failed. */
export const loaded = () => {
  loading = false
}

/**
 * A command run by tsx loads the app through tsx's loader thread, and Node 20 now and then loses the
 * answer to one of those imports (seen about once in fifty starts on a busy machine): the import never
 * settles, the event loop runs dry and the process would end with code 0 having done nothing. While it is
 * still loading (before `loaded()`), such a stop starts the same command again, at most twice, as nothing
 * has been done yet; afterwards it is a failure, said in one line (exit 1), never a silent success.
 */
export const guardStart = (name: string) => {
  process.on('beforeExit', () => {
    const restarts = Number(process.env.HAMAFZA_COMMAND_RESTARTS ?? 0)
    if (loading && restarts < 2) {
      const again = spawnSync(process.execPath, [...process.execArgv, ...process.argv.slice(1)], {
        stdio: 'inherit',
        env: { ...process.env, HAMAFZA_COMMAND_RESTARTS: String(restarts + 1) },
      })
      process.exit(again.status ?? 1)
    }
    process.stderr.write(`${name}: failed: stopped ${loading ? 'while loading' : 'before it finished'}, with nothing left to wait on\n`)
    process.exit(1)
  })
}

/**
 * Ends a maintenance command: exit 0 when it succeeded; otherwise one line on standard error, and exit 2
 * for a refusal (bad input, a target that is not empty) or 1 for anything that went wrong on the way.
 */
export const finish = (name: string, run: () => Promise<void>) => {
  guardStart(name)
  return run().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${name}: ${isBackupRefusal(error) ? error.message : `failed: ${oneLine(error)}`}\n`)
      process.exit(isBackupRefusal(error) ? 2 : 1)
    },
  )
}

export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`
