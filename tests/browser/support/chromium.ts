import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { chromium, type BrowserContext } from 'playwright-core'

/** Debian's Chromium; CI installs it with apt-get (`chromium`). Nothing is downloaded at test time. */
export const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

/** Quiet, offline-safe flags: no first-run, no background calls home, no GPU on a server. */
const flags = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
]

export type Browser = { context: BrowserContext; close: () => Promise<void> }

/**
 * A headless Chromium with a fresh profile. `locale` sets both the UI language and the
 * Accept-Language header the app sees, e.g. 'en-US' for an English reader.
 */
export const launchChromium = async ({ locale = 'en-US', viewport = { width: 1366, height: 900 } } = {}): Promise<Browser> => {
  if (!existsSync(chromiumPath)) {
    throw new Error(`Chromium not found at ${chromiumPath}: install it (apt-get install -y chromium) or set CHROMIUM_PATH`)
  }
  const profile = mkdtempSync(path.join(tmpdir(), 'hamafza-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...flags, `--accept-lang=${locale}`],
    locale,
    viewport,
  })
  return {
    context,
    close: async () => {
      await context.close()
      rmSync(profile, { recursive: true, force: true })
    },
  }
}
