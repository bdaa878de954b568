import fs from 'node:fs/promises'
import type { Payload } from 'payload'

import { sqliteClient } from './sqliteClient'

type MongoConnection = { db?: { admin: () => { ping: () => Promise<unknown> } } }

const withTimeout = <T>(work: Promise<T>, ms: number): Promise<T> =>
  new Promise<T>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms)
    work.then(
      (value) => {
        clearTimeout(timer)
        resolve(value)
      },
      (error: unknown) => {
        clearTimeout(timer)
        reject(error instanceof Error ? error : new Error(String(error)))
      },
    )
  })

/**
 * Proves the database can serve a query. For SQLite the file must also still be where the
 * configuration says: an open handle keeps answering after the file was deleted or its volume
 * unmounted, and every write from then on would be lost.
 */
export async function pingDatabase(payload: Payload, timeoutMs = 2000): Promise<void> {
  const client = sqliteClient(payload)
  if (client) {
    const file = (process.env.DATABASE_URI ?? '').replace(/^file:/, '')
    await fs.access(file, fs.constants.R_OK | fs.constants.W_OK)
    await withTimeout(client.execute('SELECT count(*) FROM payload_migrations'), timeoutMs)
    return
  }
  const connection = (payload.db as unknown as { connection?: MongoConnection }).connection
  if (!connection?.db) throw new Error('not connected')
  await withTimeout(connection.db.admin().ping(), timeoutMs)
}
