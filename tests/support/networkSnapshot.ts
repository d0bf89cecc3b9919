/**
 * `tsx tests/support/networkSnapshot.ts <out.json>`: the snapshot (tests/support/snapshot.ts) of the
 * network its environment names, taken in a process of its own and written as JSON. SNAPSHOT_ACCOUNTS
 * (e-mail and password pairs) are tried for sign-in, SNAPSHOT_QUERIES searched; SNAPSHOT_WITHOUT_IDS=1
 * names links by what they point at.
 */
import { writeFileSync } from 'node:fs'

const main = async () => {
  const { getPayload } = await import('payload')
  const { default: config } = await import('../../payload.config')
  const { takeSnapshot } = await import('./snapshot')
  const payload = await getPayload({ config, cron: false })
  const snapshot = await takeSnapshot(payload, {
    accounts: JSON.parse(process.env.SNAPSHOT_ACCOUNTS ?? '[]'),
    queries: JSON.parse(process.env.SNAPSHOT_QUERIES ?? '[]'),
    withoutIds: process.env.SNAPSHOT_WITHOUT_IDS === '1',
  })
  writeFileSync(process.argv[2]!, JSON.stringify(snapshot, null, 1))
}

// A process whose event loop runs dry ends with code 0: say so rather than leave no snapshot silently.
process.on('beforeExit', () => {
  process.stderr.write('snapshot failed: stopped before it finished, with nothing left to wait on\n')
  process.exit(1)
})

main().then(
  () => process.exit(0),
  (error: unknown) => {
    process.stderr.write(`snapshot failed: ${error instanceof Error ? error.stack : String(error)}\n`)
    process.exit(1)
  },
)
