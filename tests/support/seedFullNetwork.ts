/** `tsx tests/support/seedFullNetwork.ts`: the full network (tests/support/fullNetwork.ts) in the database its environment names. */
const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { ensureSchema } = await import('../../scripts/seed/schema')
  const { fillNetwork } = await import('./fullNetwork')
  const payload = await getPayload({ config, cron: false })
  await ensureSchema(payload)
  await fillNetwork(payload)
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`seeding failed: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  },
)
