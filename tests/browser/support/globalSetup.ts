import type { TestProject } from 'vitest/node'

import { ensureFreshBuild } from './build'
import { makeDemoData, removeDemoData } from './demo'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the seeded and indexed demo content (see demo.ts). */
    demoDataDir: string
  }
}

/**
 * Runs once before the browser tests (and only when some are selected): they drive the built app, and the
 * public site's tests read the demo content, seeded here once while the build is checked.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  const [, demo] = await Promise.all([ensureFreshBuild(), makeDemoData()])
  project.provide('demoDataDir', demo.dir)
  return () => removeDemoData(demo.dir)
}
