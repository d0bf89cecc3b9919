/**
 * `npm run seed`: fills the database named by DATABASE_URL with the network's demo content.
 * Refuses production unless asked (--allow-production or HAMAFZA_SEED_PRODUCTION=1).
 */
import { guardStart, loaded } from './commandLine'
import { seedRefusal } from './seed/guard'

const oneLine = (error: unknown): string => {
  // A failed query's own message is the whole SQL; the driver's cause says what went wrong.
  const cause = error instanceof Error && error.message.startsWith('Failed query') ? error.cause : undefined
  const message = cause instanceof Error ? cause.message : error instanceof Error ? error.message : String(error)
  const details = (error as { data?: { errors?: { path?: string; message?: string }[] } })?.data?.errors
  const fields = details?.length ? ` (${details.map((e) => `${e.path}: ${e.message}`).join('; ')})` : ''
  return `${message}${fields}`.replace(/\s+/g, ' ').trim()
}

const main = async () => {
  const refusal = seedRefusal(process.env, process.argv.slice(2))
  if (refusal) {
    process.stderr.write(`seed: ${refusal}\n`)
    process.exit(2)
  }
  // Loaded only after the guard, as the config itself refuses production without a real secret;
  // one after another, since loading Payload and the config side by side trips its start-up order.
  const { getPayload } = await import('payload')
  const { default: config } = await import('../payload.config')
  const { seed } = await import('./seed/index')
  const { ensureSchema } = await import('./seed/schema')
  const started = Date.now()
  const payload = await getPayload({ config, cron: false })
  loaded()
  const log = (line: string) => process.stdout.write(`seed: ${line}\n`)
  log(`schema: ${await ensureSchema(payload)}`)
  await seed(payload, { log })
  process.stdout.write(`seed: done in ${((Date.now() - started) / 1000).toFixed(1)} s\n`)
}

guardStart('seed')
main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`seed failed: ${oneLine(error)}\n`)
    process.exit(1)
  },
)
