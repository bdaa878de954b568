import { getPayload, type Payload, type SanitizedConfig } from 'payload'

import { migrate } from '../boot/migrate'
import { prepareEnvironment } from '../boot/prepareEnvironment'
import { mediaDir } from '../config/mediaDir'
import type { DatabaseChoice } from '../db/chooseDatabase'

/** The database a backup or restore works on, from the same environment the server reads. */
export const configuredDatabase = (): DatabaseChoice => prepareEnvironment()

/**
 * The Payload configuration, optionally on another SQLite file than the configured one (a
 * snapshot to export, a fresh file to import into). The config reads DATABASE_URI once, when it
 * is first imported, so a process works on one database.
 */
export async function loadConfig(sqliteFile?: string): Promise<SanitizedConfig> {
  if (sqliteFile) {
    // The images belong to the configured register, not beside a snapshot or a scratch file.
    process.env.MEDIA_DIR ||= mediaDir()
    process.env.DATABASE_URI = `file:${sqliteFile}`
  }
  const { default: config } = await import('../payload.config')
  return config
}

/**
 * Payload for a one-off process: schema migrations only. The server's start-up work (first admin,
 * seed, job cron) would write into a database that is being copied or replaced.
 */
export const openPayload = (config: SanitizedConfig): Promise<Payload> =>
  getPayload({ config: { ...config, onInit: migrate }, cron: false })
