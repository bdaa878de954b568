import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** apps/cms, wherever the process was started from. */
export const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')
export const repoRoot = path.resolve(appRoot, '../..')
export const dataDir = path.join(appRoot, 'data')
