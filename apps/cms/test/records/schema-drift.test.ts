import fs from 'node:fs'
import path from 'node:path'
import { getPayload } from 'payload'
import { describe, expect, it } from 'vitest'

type DrizzleKit = {
  generateDrizzleJson: (schema: unknown) => Promise<unknown>
  generateMigration: (before: unknown, after: unknown) => Promise<string[]>
}
type SqliteAdapter = { migrationDir: string; schema: unknown; requireDrizzleKit: () => DrizzleKit }

/**
 * The committed SQLite migrations must produce the schema the config describes: the snapshot of
 * the latest migration, diffed against the config's schema, yields no statement. A collection
 * change without `pnpm payload migrate:create` fails here instead of at a production start.
 */
describe('SQLite migrations', () => {
  it('match payload.config.ts (run `pnpm payload migrate:create <name>` after schema changes)', async () => {
    process.env.PAYLOAD_SECRET ||= 'schema-drift-check'
    const { default: config } = await import('../../src/payload.config')
    const payload = await getPayload({ config, disableDBConnect: true, disableOnInit: true })
    const db = payload.db as unknown as SqliteAdapter
    expect(payload.db.name).toBe('sqlite')

    const snapshots = fs.readdirSync(db.migrationDir).filter((file) => file.endsWith('.json')).sort()
    expect(snapshots.length).toBeGreaterThan(0)
    const committed: unknown = JSON.parse(fs.readFileSync(path.join(db.migrationDir, snapshots.at(-1) as string), 'utf8'))

    const { generateDrizzleJson, generateMigration } = db.requireDrizzleKit()
    const statements = await generateMigration(committed, await generateDrizzleJson(db.schema))
    expect(statements).toEqual([])
  })
})
