import { ensureFreshBuild } from './build'

/** Runs once before the browser tests (and only when some are selected): they drive the built app. */
export default async function setup(): Promise<void> {
  await ensureFreshBuild()
}
