import { isBackupRefusal } from '../src/backup/format'

/** One readable line for a failure: a failed query's driver cause rather than its whole SQL. */
export const oneLine = (error: unknown): string => {
  const cause = error instanceof Error && error.message.startsWith('Failed query') ? error.cause : undefined
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
  return message.replace(/\s+/g, ' ').trim()
}

/**
 * Ends a maintenance command: exit 0 when it succeeded; otherwise one line on standard error, and exit 2
 * for a refusal (bad input, a target that is not empty) or 1 for anything that went wrong on the way.
 */
export const finish = (name: string, run: () => Promise<void>) => {
  // Node ends a process whose event loop runs dry with exit code 0, even if the command is still waiting
  // on something: a backup must never look as if it succeeded without having written its archive.
  process.on('beforeExit', () => {
    process.stderr.write(`${name}: failed: stopped before it finished, with nothing left to wait on\n`)
    process.exit(1)
  })
  return run().then(
    () => process.exit(0),
    (error: unknown) => {
      process.stderr.write(`${name}: ${isBackupRefusal(error) ? error.message : `failed: ${oneLine(error)}`}\n`)
      process.exit(isBackupRefusal(error) ? 2 : 1)
    },
  )
}

export const megabytes = (bytes: number) => `${(bytes / 1048576).toFixed(1)} MB`
