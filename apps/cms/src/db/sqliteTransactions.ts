import { AsyncLocalStorage } from 'node:async_hooks'
import { randomUUID } from 'node:crypto'

import { type Client, createClient } from '@libsql/client'
import type { SQLiteAdapter } from '@payloadcms/db-sqlite'
import { drizzle } from '@payloadcms/db-sqlite/drizzle/libsql'
import type { BaseDatabaseAdapter, DatabaseAdapterObj, Payload, PayloadRequest } from 'payload'

import { WriteLane } from './writeLane'
import { currentWriteScope, type WriteScope } from './writeScope'

/** Adapter methods that write; outside a transaction each takes the lane for itself. */
const WRITES = [
  'create',
  'createGlobal',
  'createGlobalVersion',
  'createVersion',
  'deleteMany',
  'deleteOne',
  'deleteVersions',
  'updateGlobal',
  'updateGlobalVersion',
  'updateJobs',
  'updateMany',
  'updateOne',
  'updateVersion',
  'upsert',
] as const satisfies readonly (keyof BaseDatabaseAdapter)[]

const MIGRATIONS = ['migrate', 'migrateDown', 'migrateFresh', 'migrateRefresh', 'migrateReset'] as const satisfies readonly (keyof BaseDatabaseAdapter)[]

type Writer = { client: Client; db: SQLiteAdapter['sessions'][string]['db'] }
type Serialized = SQLiteAdapter & { vieForeignKeys: (on: boolean) => Promise<void> }

/**
 * Every Payload write on SQLite runs as one transaction, so a record is stored whole or not at all:
 * a backup, a crash or a concurrent reader never sees a record without its texts (the adapter
 * writes a record's row, its texts per language and its relations as separate statements).
 *
 * Payload's SQLite adapter has transactions off by default, and switching them on through drizzle
 * hands each transaction libsql's connection and opens a new one for everything else, without the
 * adapter's settings and never closed (two file handles per write). Here the transactions run on one
 * dedicated writer connection, one at a time through the process's write lane; reads stay on the
 * adapter's connection and, in WAL mode, see only committed records.
 */
export function withSerialTransactions(adapterObj: DatabaseAdapterObj): DatabaseAdapterObj {
  return {
    ...adapterObj,
    init: (args) => serialize(adapterObj.init(args) as unknown as Serialized) as unknown as BaseDatabaseAdapter,
  }
}

function serialize(adapter: Serialized): Serialized {
  const lane = new WriteLane((message) => adapter.payload.logger.warn(message))
  let writer: Promise<Writer> | null = null

  const openWriter = async (): Promise<Writer> => {
    const client = createClient(adapter.clientConfig)
    // The busy timeout serves other processes (a backup, a migration run); this process never
    // competes with itself for the write lock.
    if (adapter.busyTimeout > 0) await client.execute(`PRAGMA busy_timeout = ${adapter.busyTimeout}`)
    if (adapter.wal) await client.execute(`PRAGMA synchronous = ${adapter.wal.synchronous}`)
    return { client, db: drizzle(client, { logger: adapter.logger, schema: adapter.schema }) as unknown as Writer['db'] }
  }
  const ownWriter = () => (writer ??= openWriter())

  // The open transaction, the request that began it and the transactions that joined it.
  let holder: { id: string; scope: WriteScope | undefined; joined: string[] } | null = null
  /** The open transaction when the caller is the request holding it: waiting would wait for itself. */
  const ownOpenTransaction = (): string | null => {
    const scope = currentWriteScope()
    return holder && scope && holder.scope === scope && holder.id in adapter.sessions ? holder.id : null
  }
  const purpose = (what: string) => `${what} (${currentWriteScope()?.label ?? 'server'})`

  adapter.beginTransaction = async () => {
    const open = ownOpenTransaction()
    if (open && holder) {
      // A second transaction of the same request joins the first; the first one's end ends both.
      const id = randomUUID()
      const joined = async () => {}
      adapter.sessions[id] = { db: adapter.sessions[open]!.db, resolve: joined, reject: joined }
      holder.joined.push(id)
      return id
    }
    const release = await lane.acquire(purpose('transaction'))
    try {
      const { client, db } = await ownWriter()
      await client.execute('BEGIN IMMEDIATE')
      const id = randomUUID()
      const end = (statement: 'COMMIT' | 'ROLLBACK') => async () => {
        try {
          await client.execute(statement)
        } finally {
          // A joined transaction still running must not write on the writer connection outside
          // any transaction, or inside the next request's.
          for (const joined of holder?.joined ?? []) delete adapter.sessions[joined]
          holder = null
          release()
        }
      }
      adapter.sessions[id] = { db, resolve: end('COMMIT'), reject: end('ROLLBACK') }
      holder = { id, scope: currentWriteScope(), joined: [] }
      return id
    } catch (error) {
      release()
      throw error
    }
  }

  const insideWrite = new AsyncLocalStorage<true>()
  const inTransaction = async (req: Partial<PayloadRequest> | undefined): Promise<boolean> => {
    const id = req?.transactionID ? await req.transactionID : null
    return id !== null && id !== undefined && String(id) in adapter.sessions
  }
  for (const name of WRITES) {
    const write = adapter[name] as (args: { req?: Partial<PayloadRequest> }) => Promise<unknown>
    Object.assign(adapter, {
      [name]: async (args: { req?: Partial<PayloadRequest> }) => {
        // The adapter's own methods call each other (upsert → updateOne): those run in the lane already.
        if ((await inTransaction(args?.req)) || insideWrite.getStore()) return write.call(adapter, args)
        const open = ownOpenTransaction()
        // Written outside its request's own transaction on purpose (the password-reset reservation):
        // SQLite has one writer, so the write joins the transaction instead of waiting for it.
        if (open) return write.call(adapter, { ...args, req: Object.assign(Object.create(args?.req ?? null) as object, { transactionID: open }) })
        return lane.run(purpose(name), () => insideWrite.run(true, () => write.call(adapter, args)))
      },
    })
  }

  adapter.vieForeignKeys = (on) =>
    lane.run('foreign keys', async () => {
      const pragma = `PRAGMA foreign_keys = ${on ? 'ON' : 'OFF'}`
      await adapter.client.execute(pragma)
      await (await ownWriter()).client.execute(pragma)
    })

  // Generated SQLite migrations rebuild tables with foreign keys off; inside a transaction SQLite
  // ignores that pragma, and dropping a parent table would cascade into its children's rows.
  for (const name of MIGRATIONS) {
    const migration = adapter[name] as (...args: unknown[]) => Promise<void>
    Object.assign(adapter, {
      [name]: async (...args: unknown[]) => {
        await adapter.vieForeignKeys(false)
        try {
          await migration.apply(adapter, args)
        } finally {
          await adapter.vieForeignKeys(true)
        }
      },
    })
  }

  const destroy = adapter.destroy
  adapter.destroy = async () => {
    await destroy?.call(adapter)
    if (writer) (await writer).client.close()
    writer = null
  }
  return adapter
}

/**
 * Foreign keys on or off for this process's connections. An import restores records that refer to
 * each other in every direction, and the caller checks every key before the file goes live.
 */
export async function setSqliteForeignKeys(payload: Payload, on: boolean): Promise<void> {
  if (payload.db.name === 'sqlite') await (payload.db as unknown as Serialized).vieForeignKeys(on)
}
