import fs from 'node:fs'
import { commitTransaction, createLocalReq, initTransaction, type SanitizedConfig } from 'payload'

import type { DatabaseChoice } from '../db/chooseDatabase'
import { type BackupFormat, type Manifest, writeArchive } from './archive'
import { type DatabaseDump, exportDatabase } from './databaseDump'
import { dumpMediaReferences, sqliteMediaReferences } from './mediaReferences'
import { loadConfig, openPayload } from './openPayload'
import { snapshotSqlite } from './sqliteFile'
import { collectMedia, MissingMediaError, uploadDirs } from './uploads'

export const DATABASE_ENTRY = 'database.sqlite'
export const DUMP_ENTRY = 'database.json'

/** An image deleted between the database snapshot and the file copy: take a fresh snapshot. */
const ATTEMPTS = 3

async function withFreshSnapshot(take: () => Promise<Map<string, Uint8Array>>): Promise<Map<string, Uint8Array>> {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await take()
    } catch (error) {
      if (!(error instanceof MissingMediaError) || attempt === ATTEMPTS) throw error
    }
  }
}

async function dumpThroughPayload(config: SanitizedConfig): Promise<DatabaseDump> {
  const payload = await openPayload(config)
  try {
    // On a MongoDB replica set one transaction reads every collection at one moment.
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    const dump = await exportDatabase(payload, req)
    await commitTransaction(req)
    return dump
  } finally {
    await payload.destroy()
  }
}

const jsonEntries = (dump: DatabaseDump, config: SanitizedConfig): Map<string, Uint8Array> =>
  new Map([
    [DUMP_ENTRY, Buffer.from(JSON.stringify(dump))],
    ...collectMedia(uploadDirs(config), dumpMediaReferences(dump, uploadDirs(config))),
  ])

/**
 * SQLite: the snapshot is the backup, or (JSON) the source of the export, so the export reads one
 * committed state without holding up the server's saves.
 */
async function fromSqlite(dbFile: string, format: BackupFormat): Promise<Map<string, Uint8Array>> {
  const snapshot = await snapshotSqlite(dbFile)
  try {
    if (format === 'json') {
      const config = await loadConfig(snapshot.file)
      return jsonEntries(await dumpThroughPayload(config), config)
    }
    const config = await loadConfig()
    const dirs = uploadDirs(config)
    const media = collectMedia(dirs, await sqliteMediaReferences(snapshot.file, dirs))
    return new Map([[DATABASE_ENTRY, fs.readFileSync(snapshot.file)], ...media])
  } finally {
    snapshot.remove()
  }
}

/** SQLite keeps the database file itself by default; MongoDB can only be exported as JSON. */
export const defaultFormat = (choice: DatabaseChoice): BackupFormat => (choice.kind === 'sqlite' ? 'sqlite' : 'json')

export async function createBackup(file: string, format: BackupFormat, choice: DatabaseChoice): Promise<Manifest> {
  if (choice.kind === 'mongodb') {
    if (format !== 'json') throw new Error('MongoDB is backed up with --format json; --format sqlite needs a SQLite database')
    const config = await loadConfig()
    return writeArchive(file, format, jsonEntries(await dumpThroughPayload(config), config))
  }
  // Payload reads its config once a process, so a retry on a new snapshot is only possible for
  // the file format; a JSON export whose image vanished meanwhile fails, naming the file.
  const entries = format === 'sqlite' ? await withFreshSnapshot(() => fromSqlite(choice.file, format)) : await fromSqlite(choice.file, format)
  return writeArchive(file, format, entries)
}
