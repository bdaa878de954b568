import path from 'node:path'

import { chooseDatabase } from '../db/chooseDatabase'
import { appRoot, dataDir } from './paths'

/**
 * Uploaded images live beside the SQLite file whose records point at them, so two registers (a
 * test server, a restored copy) never share or overwrite each other's files. MEDIA_DIR overrides
 * it, which MongoDB deployments need: there is no database file to sit beside.
 */
export function mediaDir(env: Record<string, string | undefined> = process.env): string {
  const explicit = env.MEDIA_DIR?.trim()
  if (explicit) return path.resolve(appRoot, explicit)
  const database = chooseDatabase(env.DATABASE_URI, appRoot)
  return path.join(database.kind === 'sqlite' ? path.dirname(database.file) : dataDir, 'media')
}
