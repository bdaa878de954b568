import type { Payload } from 'payload'

type SqliteClient = { execute: (sql: string) => Promise<unknown> }

/**
 * SQLite's planner picks indexes from statistics that only ANALYZE collects, and nothing else in
 * Payload runs it: on a register of tens of thousands of events, reading them with their locales
 * and relations went from minutes to seconds once statistics existed. A sampled ANALYZE
 * (analysis_limit) costs well under a second whatever the size, so every start refreshes them.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite') return
  const client = (payload.db as unknown as { client: SqliteClient }).client
  await client.execute('PRAGMA analysis_limit = 1000')
  await client.execute('ANALYZE')
}
