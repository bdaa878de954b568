import { createClient } from '@libsql/client'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'
import { type Caller, callers, idOf, rest } from '../helpers/records'

let server: BootedServer
let who: Record<Caller['name'], Caller>

beforeAll(async () => {
  server = await bootServer()
  who = await callers(server.url)
})

afterAll(async () => {
  await server?.stop()
})

const ROUNDS = 40

// SQLite stores a record's row, its texts per language and its relations as separate statements;
// each save must still appear to everyone else as one step.
describe('saves are all or nothing to everyone else', { timeout: 180_000 }, () => {
  it('never shows another process a record without its texts while editors keep creating and renaming', async () => {
    let writing = true
    const failures: string[] = []
    const writers = [0, 1, 2].map(async (worker) => {
      for (let round = 0; round < ROUNDS; round += 1) {
        const label = `Atom ${worker}-${round}`
        const created = await rest(who.editor, 'POST', '/topics?locale=de', { label, description: `${label} (Beschreibung)` })
        if (created.status !== 201) failures.push(`create ${label}: ${created.status} ${JSON.stringify(created.body)}`)
        const renamed = await rest(who.editor, 'PATCH', `/topics/${idOf(created)}?locale=de`, { label: `${label}*`, description: `${label}* (Beschreibung)` })
        if (renamed.status !== 200) failures.push(`rename ${label}: ${renamed.status} ${JSON.stringify(renamed.body)}`)
      }
    })
    // Another process reading the file, as a backup or a report does: it sees every committed
    // statement, so it would catch a record between its row and its texts.
    const incomplete = new Set<string>()
    let reads = 0
    const reader = async () => {
      const file = createClient({ url: `file:${server.dbFile}` })
      try {
        while (writing) {
          const { rows } = await file.execute(
            `SELECT t.slug FROM topics t WHERE NOT EXISTS (SELECT 1 FROM topics_locales l WHERE l._parent_id = t.id AND l._locale = 'de' AND l.label IS NOT NULL AND l.description IS NOT NULL)`,
          )
          for (const row of rows) incomplete.add(String(row.slug))
          reads += 1
          await new Promise((resolve) => setImmediate(resolve))
        }
      } finally {
        file.close()
      }
    }
    const reading = reader()
    await Promise.all(writers)
    writing = false
    await reading

    expect(failures).toEqual([])
    expect(reads).toBeGreaterThan(100)
    expect([...incomplete]).toEqual([])
    const { body } = await rest(who.anonymous, 'GET', '/topics?locale=de&depth=0&limit=500&where[label][like]=Atom')
    expect((body.docs as { label: string }[]).map((doc) => doc.label).sort()).toEqual(
      [0, 1, 2].flatMap((worker) => Array.from({ length: ROUNDS }, (_, round) => `Atom ${worker}-${round}*`)).sort(),
    )
  })
})
