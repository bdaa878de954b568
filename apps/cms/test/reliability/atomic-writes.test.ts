import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'
import { type Caller, callers, rest } from '../helpers/records'
import { startWriteStream } from './writeStream'

let server: BootedServer
let who: Record<Caller['name'], Caller>

beforeAll(async () => {
  server = await bootServer()
  who = await callers(server.url)
})

afterAll(async () => {
  await server?.stop()
})

/** Saves to wait for: 120 topics created and renamed. */
const SAVES = 240

// SQLite stores a record's row, its texts per language and its relations as separate statements;
// each save must still appear to everyone else as one step.
describe('saves are all or nothing to everyone else', { timeout: 180_000 }, () => {
  it('never shows another process a record without its texts while editors keep creating and renaming', async () => {
    const stream = startWriteStream(who.editor, 'Atom', 3)
    // Another process reading the file, as a backup or a report does: it sees every committed
    // statement, so it would catch a record between its row and its texts.
    const incomplete = new Set<string>()
    let reads = 0
    const file = createClient({ url: `file:${server.dbFile}` })
    try {
      while (stream.count() < SAVES) {
        const { rows } = await file.execute(
          `SELECT t.slug FROM topics t WHERE NOT EXISTS (SELECT 1 FROM topics_locales l WHERE l._parent_id = t.id AND l._locale = 'de' AND l.label IS NOT NULL)`,
        )
        for (const row of rows) incomplete.add(String(row.slug))
        reads += 1
        await new Promise((resolve) => setImmediate(resolve))
      }
    } finally {
      file.close()
    }
    const written = await stream.stop()

    expect(stream.socketErrors()).toBe(0)
    expect(reads).toBeGreaterThan(100)
    expect([...incomplete]).toEqual([])
    const { body } = await rest(who.anonymous, 'GET', '/topics?locale=de&depth=0&limit=500&where[label][like]=Atom')
    expect((body.docs as { label: string }[]).map((doc) => doc.label).sort()).toEqual(written.map((record) => record.acknowledged).sort())
  })
})
