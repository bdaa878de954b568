import { beginTransaction as drizzleBegin } from '@payloadcms/drizzle'
import { commitTransaction, initTransaction, killTransaction, type PayloadRequest } from 'payload'

import { sqliteClient } from './sqliteClient'

/**
 * libsql hands the open connection to a transaction and lazily opens a fresh one for everything
 * else, without the busy timeout the adapter set at connect; without it other requests would
 * fail at once instead of waiting for the transaction's write lock.
 */
async function restoreBusyTimeout(req: PayloadRequest): Promise<void> {
  const client = sqliteClient(req.payload)
  const { busyTimeout } = req.payload.db as unknown as { busyTimeout?: number }
  if (client && busyTimeout) await client.execute(`PRAGMA busy_timeout = ${busyTimeout};`)
}

/**
 * Starts the request's transaction. Payload's SQLite adapter runs without transactions unless
 * configured to, and switching them on for every request makes libsql drop its connection
 * settings under load; so only the writes that must be all or nothing (an import, a bulk review
 * stamp) open one, through the adapter's own drizzle code.
 * Returns false when the database offers none (MongoDB without a replica set).
 */
export async function beginWriteTransaction(req: PayloadRequest): Promise<boolean> {
  if ((await initTransaction(req)) && req.transactionID) return true
  // A database without transactions leaves a resolved promise behind; it must not look like one.
  delete req.transactionID
  if (req.payload.db.name !== 'sqlite') return false
  const id = await drizzleBegin.call(req.payload.db as unknown as ThisParameterType<typeof drizzleBegin>, {})
  await restoreBusyTimeout(req)
  if (id === null) return false
  req.transactionID = id
  return true
}

export async function endWriteTransaction(req: PayloadRequest, commit: boolean): Promise<void> {
  if (commit) await commitTransaction(req)
  else await killTransaction(req)
  await restoreBusyTimeout(req)
}
