import { type Client, createClient } from '@libsql/client'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'

const open = (file: string): Client => createClient({ url: `file:${file}` })

/**
 * A consistent copy of a live database. VACUUM INTO reads inside one read transaction, so it sees
 * exactly the committed state at its start while the server keeps writing through the WAL.
 */
export async function snapshotSqlite(dbFile: string): Promise<{ file: string; remove: () => void }> {
  const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-backup-'))
  const file = path.join(folder, 'vie.db')
  const client = open(dbFile)
  try {
    await client.execute('PRAGMA busy_timeout = 10000')
    await client.execute({ sql: 'VACUUM INTO ?', args: [file] })
  } finally {
    client.close()
  }
  return { file, remove: () => fs.rmSync(folder, { recursive: true, force: true }) }
}

/** `PRAGMA integrity_check`: 'ok', or SQLite's list of problems. */
export async function integrityCheck(dbFile: string): Promise<string> {
  const client = open(dbFile)
  try {
    const { rows } = await client.execute('PRAGMA integrity_check')
    return rows.map((row) => String(row[0])).join('\n')
  } finally {
    client.close()
  }
}

/** Rows of `PRAGMA foreign_key_check`: references to records that do not exist. */
export async function danglingReferences(dbFile: string): Promise<string[]> {
  const client = open(dbFile)
  try {
    const { rows } = await client.execute('PRAGMA foreign_key_check')
    return rows.map((row) => `${String(row.table)} → ${String(row.parent)}`)
  } finally {
    client.close()
  }
}

/**
 * The stored file names (original and every image size) of an upload collection's table: the
 * columns `filename` and `sizes_<size>_filename`.
 */
export async function storedFilenames(dbFile: string, table: string): Promise<string[]> {
  const client = open(dbFile)
  try {
    const columns = (await client.execute(`PRAGMA table_info("${table}")`)).rows
      .map((row) => String(row.name))
      .filter((name) => name === 'filename' || /^sizes_.+_filename$/.test(name))
    const names: string[] = []
    for (const column of columns) {
      const { rows } = await client.execute(`SELECT "${column}" AS name FROM "${table}" WHERE "${column}" IS NOT NULL`)
      names.push(...rows.map((row) => String(row.name)))
    }
    return names
  } finally {
    client.close()
  }
}

export class DatabaseInUseError extends Error {}

/**
 * Refuses while any other process has the database open. A running server keeps its connection
 * (and in WAL mode a shared lock) for its whole life; an exclusive lock is only granted when no
 * other connection exists. Replacing the file under an open connection would leave that process
 * writing into a deleted inode and its WAL overwriting the restored pages.
 */
export async function assertNotInUse(dbFile: string): Promise<void> {
  if (!fs.existsSync(dbFile)) return
  const client = open(dbFile)
  try {
    await client.execute('PRAGMA locking_mode = EXCLUSIVE')
    await client.execute('BEGIN EXCLUSIVE')
    await client.execute('SELECT count(*) FROM sqlite_master')
    await client.execute('ROLLBACK')
  } catch (error) {
    if (error instanceof Error && /SQLITE_BUSY|locked/i.test(error.message)) {
      throw new DatabaseInUseError(
        `${dbFile} is open in another process (is the VIE server running?). Stop the server, then run restore again; nothing was changed.`,
      )
    }
    throw error
  } finally {
    client.close()
  }
}

/**
 * Puts a database in place of another. VACUUM INTO writes a self-contained copy that includes
 * what still sits in the source's WAL (a plain file copy would lose it); the old file's WAL and
 * shared memory go, so no stale page is replayed into the restored file.
 */
export async function replaceDatabaseFile(source: string, dbFile: string): Promise<void> {
  fs.mkdirSync(path.dirname(dbFile), { recursive: true })
  const temporary = `${dbFile}.restoring`
  fs.rmSync(temporary, { force: true })
  const client = open(source)
  try {
    await client.execute({ sql: 'VACUUM INTO ?', args: [temporary] })
  } finally {
    client.close()
  }
  for (const suffix of ['-wal', '-shm', '-journal']) fs.rmSync(`${dbFile}${suffix}`, { force: true })
  fs.renameSync(temporary, dbFile)
}
