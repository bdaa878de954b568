import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

import type { DatabaseChoice } from '../db/chooseDatabase'
import { type Archive, NotABackupError } from './archive'
import { DATABASE_ENTRY, DUMP_ENTRY } from './createBackup'
import { type DatabaseDump, importDatabase } from './databaseDump'
import { loadConfig, openPayload } from './openPayload'
import { assertNotInUse, danglingReferences, integrityCheck, replaceDatabaseFile } from './sqliteFile'
import { restoreMedia, uploadDirs } from './uploads'

/** Records counts only what a JSON import wrote; a database file is restored as a whole. */
export type RestoreSummary = { records: number | null; mediaFiles: number }

const entryOf = (archive: Archive, name: string): Buffer => {
  const bytes = archive.entries.get(name)
  if (!bytes) throw new NotABackupError(`the backup has no ${name}; nothing was changed`)
  return bytes
}

async function importDump(archive: Archive, sqliteFile?: string): Promise<number> {
  const dump = JSON.parse(entryOf(archive, DUMP_ENTRY).toString()) as DatabaseDump
  const payload = await openPayload(await loadConfig(sqliteFile))
  try {
    const counts = await importDatabase(payload, dump)
    return Object.values(counts).reduce((sum, count) => sum + count, 0)
  } finally {
    await payload.destroy()
  }
}

/**
 * The restored database is built beside the live one (the file copied out of the backup, or a
 * fresh file the JSON is imported into), checked, and only then put in its place.
 */
async function restoreSqlite(archive: Archive, dbFile: string): Promise<number | null> {
  await assertNotInUse(dbFile)
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-restore-'))
  try {
    const candidate = path.join(folder, 'vie.db')
    let records: number | null = null
    if (archive.manifest.format === 'sqlite') fs.writeFileSync(candidate, entryOf(archive, DATABASE_ENTRY))
    else records = await importDump(archive, candidate)
    const integrity = await integrityCheck(candidate)
    if (integrity !== 'ok') throw new Error(`the restored database fails SQLite's integrity check (${integrity}); nothing was changed`)
    const dangling = await danglingReferences(candidate)
    if (dangling.length > 0) throw new Error(`the backup refers to records it does not hold (${dangling.join(', ')}); nothing was changed`)
    await replaceDatabaseFile(candidate, dbFile)
    return records
  } finally {
    fs.rmSync(folder, { recursive: true, force: true })
  }
}

/**
 * Replaces the configured database and puts the backup's media files back. The server must be
 * stopped: on SQLite this is checked (an open connection refuses the restore); on MongoDB it
 * cannot be, so the command's documentation says so.
 */
export async function restoreBackup(archive: Archive, choice: DatabaseChoice): Promise<RestoreSummary> {
  let records: number | null
  if (choice.kind === 'sqlite') records = await restoreSqlite(archive, choice.file)
  else if (archive.manifest.format === 'json') records = await importDump(archive)
  else throw new Error('this backup is a SQLite database file; restore it with a file: DATABASE_URI, or take a --format json backup for MongoDB')
  const mediaFiles = restoreMedia(uploadDirs(await loadConfig()), archive.entries)
  return { records, mediaFiles }
}
