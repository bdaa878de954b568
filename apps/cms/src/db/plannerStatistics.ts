import type { Payload } from 'payload'

import { sqliteClient } from './sqliteClient'

/**
 * SQLite's planner picks indexes from statistics that only ANALYZE collects, and nothing else in
 * Payload runs it: on a register of tens of thousands of events, reading them with their locales
 * and relations went from minutes to seconds once statistics existed. A sampled ANALYZE
 * (analysis_limit) costs well under a second whatever the size, so every start refreshes them.
 * It is only an optimisation: when it fails (another instance holds the write lock) the server
 * starts all the same and says so.
 */
export async function refreshPlannerStatistics(payload: Payload): Promise<void> {
  const client = sqliteClient(payload)
  if (!client) return
  try {
    await client.execute('PRAGMA analysis_limit = 1000')
    await client.execute('ANALYZE')
  } catch (error) {
    payload.logger.warn({ err: error }, 'SQLite planner statistics not refreshed; queries on a large register may be slow until the next start')
  }
}
