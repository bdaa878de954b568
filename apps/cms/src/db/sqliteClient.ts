import type { Payload } from 'payload'

/** The part of libsql's client VIE uses beside Payload: pragmas, checks and maintenance. */
export type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/**
 * The connection Payload's SQLite adapter holds, or null on MongoDB. Payload types its adapter
 * generically, so the client is reached through this one cast instead of one per caller.
 */
export const sqliteClient = (payload: Payload): SqliteClient | null =>
  payload.db.name === 'sqlite' ? ((payload.db as unknown as { client?: SqliteClient }).client ?? null) : null
