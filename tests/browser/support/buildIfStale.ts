// `npm test` builds before Vitest starts, so the build never competes with the tests for the two cores.
import { ensureFreshBuild } from './build'

ensureFreshBuild().catch((error: unknown) => {
  process.stderr.write(`build failed: ${error instanceof Error ? error.message : String(error)}\n`)
  process.exit(1)
})
