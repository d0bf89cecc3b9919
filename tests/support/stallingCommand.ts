/**
 * `tsx tests/support/stallingCommand.ts <when> <runs-file>`: a command whose event loop runs dry, as a
 * lost import leaves it. `loading`: only on its first start, before it has loaded; `working`: after
 * `loaded()`, every time. Each start appends a line to <runs-file>.
 */
import { appendFileSync } from 'node:fs'

import { finish, loaded } from '../../scripts/commandLine'

const [when, runs] = process.argv.slice(2) as ['loading' | 'working', string]
appendFileSync(runs, `start ${process.env.HAMAFZA_COMMAND_RESTARTS ?? 0}\n`)

finish('stalling', async () => {
  if (when === 'loading' && !process.env.HAMAFZA_COMMAND_RESTARTS) await new Promise(() => {})
  loaded()
  if (when === 'working') await new Promise(() => {})
  process.stdout.write('stalling: done\n')
})
