import { mkdirSync } from 'node:fs'
import path from 'node:path'

import type { Page } from 'playwright-core'

import { artifactsDir } from './paths'

/** Saves full-page screenshots under tests/artifacts/<folder>/, for people to look at after a run. */
export const screenshotsInto = (folder: string) => {
  const dir = path.join(artifactsDir, folder)
  mkdirSync(dir, { recursive: true })
  return async (page: Page, name: string): Promise<string> => {
    const file = path.join(dir, `${name}.png`)
    // Fonts and late layout shifts settle before the picture is taken, so it shows what a reader sees.
    await page.evaluate(() => document.fonts.ready)
    await page.waitForLoadState('networkidle')
    await page.screenshot({ path: file, fullPage: true })
    return file
  }
}
