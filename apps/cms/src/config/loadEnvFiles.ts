import fs from 'node:fs'
import path from 'node:path'

import { appRoot, repoRoot } from './paths'

/** Reads `.env` from the repository root, then from apps/cms; variables already set win. */
export function loadEnvFiles(): void {
  for (const dir of [repoRoot, appRoot]) {
    const file = path.join(dir, '.env')
    if (fs.existsSync(file)) process.loadEnvFile(file)
  }
}
