const errorLevel = 50

type Logger = { info: (object: object) => void }

/**
 * Payload logs an error at the level `loggingLevels` gives its class name, and the production build's
 * minifier leaves its classes nameless: every refusal (a 403 from the workflow, a 404) was logged as a
 * server error with its stack. Logged here by what it is instead (a pino `logMethod` hook): an error with
 * a 4xx status is the client's mistake, written at info as one line.
 */
export function logRefusalsQuietly(this: Logger, args: [unknown, ...unknown[]], method: (...args: never[]) => void, level: number): void {
  const [first] = args
  type Logged = { status?: unknown; message?: unknown; originalError?: { status?: unknown } }
  const error = typeof first === 'object' && first !== null ? (first as { err?: Logged }).err : undefined
  // GraphQL logs its own error, around the one thrown.
  const status = error?.status ?? error?.originalError?.status
  if (level === errorLevel && typeof status === 'number' && status >= 400 && status < 500) {
    this.info({ msg: String(error?.message ?? 'refused'), status })
    return
  }
  ;(method as (...args: unknown[]) => void).apply(this, args)
}
