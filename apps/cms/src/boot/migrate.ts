import type { Payload } from 'payload'

/**
 * Production starts apply the committed SQLite migrations in the adapter's connect step
 * (`prodMigrations`); development and test starts apply the same files here, so every database
 * gets its schema from migrations and never from drizzle's push. MongoDB needs no schema.
 */
export async function migrate(payload: Payload): Promise<void> {
  if (payload.db.name !== 'sqlite' || process.env.NODE_ENV === 'production') return
  await payload.db.migrate()
}
