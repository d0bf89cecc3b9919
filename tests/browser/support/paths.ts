import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The project's root folder, where `next build` and `next start` run. */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..')

/** Screenshots and other evidence of browser runs; git-ignored. */
export const artifactsDir = path.join(projectRoot, 'tests/artifacts')
