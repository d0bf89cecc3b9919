import type { TestProject } from 'vitest/node'

import { ensureFreshBuild } from './build'
import { makeDemoData, removeDemoData, type DemoData } from './demo'

declare module 'vitest' {
  export interface ProvidedContext {
    /** The folder of the seeded and indexed demo content (see demo.ts). */
    demoDataDir: string
  }
}

// Shared by the projects that drive the built app (browser, meilisearch) within one run: seeded once.
type Shared = { demo?: Promise<DemoData>; users: number }
const shared = ((globalThis as { __hamafzaDemoData?: Shared }).__hamafzaDemoData ??= { users: 0 })

/**
 * Runs before the browser tests (and only when some are selected): they drive the built app, and the
 * public site's tests read the demo content, seeded here once while the build is checked.
 */
export default async function setup(project: TestProject): Promise<() => void> {
  shared.users += 1
  shared.demo ??= makeDemoData()
  const [, demo] = await Promise.all([ensureFreshBuild(), shared.demo])
  project.provide('demoDataDir', demo.dir)
  return () => {
    shared.users -= 1
    if (shared.users === 0) {
      shared.demo = undefined
      removeDemoData(demo.dir)
    }
  }
}
