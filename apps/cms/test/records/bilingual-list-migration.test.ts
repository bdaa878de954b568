import { createClient } from '@libsql/client'
import { createLocalReq, getPayload } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { bootServer } from '../helpers/bootServer'
import { fillBilingualListFieldsOfStoredRecords } from '../../src/admin/bilingual/fillStoredRecords'

type Row = { slug: string; search_text: string | null; title_de: string | null; translation_status: string | null; updated_at: string }

/**
 * Records stored before the computed list fields existed: the data step of the last migration fills them
 * from each record's newest state without touching `updatedAt`.
 */
describe('migration data step: bilingual list fields', () => {
  const closers: (() => Promise<unknown>)[] = []
  afterAll(async () => {
    for (const close of closers) await close()
  })

  it('fills search text, German title and translation status of every stored network', async () => {
    const server = await bootServer({ env: { SEED_ON_EMPTY: 'true' } })
    await server.stop()
    const db = createClient({ url: `file:${server.dbFile}` })
    closers.push(async () => db.close())
    const read = async () => (await db.execute("SELECT slug, search_text, title_de, translation_status, updated_at FROM networks ORDER BY slug")).rows as unknown as Row[]
    const before = await read()
    expect(before).toHaveLength(34)
    await db.execute('UPDATE networks SET search_text = NULL, title_de = NULL, translation_status = NULL')
    await db.execute('UPDATE _networks_v SET version_search_text = NULL, version_title_de = NULL, version_translation_status = NULL')

    process.env.DATABASE_URI = `file:${server.dbFile}`
    process.env.PAYLOAD_SECRET ||= 'bilingual-list-migration'
    const { default: config } = await import('../../src/payload.config')
    const payload = await getPayload({ config, disableOnInit: true })
    closers.push(async () => payload.destroy())
    await fillBilingualListFieldsOfStoredRecords(await createLocalReq({}, payload))

    const after = await read()
    expect(after).toEqual(before)
    const mpsc = after.find((row) => row.slug === 'modellprojekte-smart-cities')
    expect(mpsc).toMatchObject({ title_de: 'Modellprojekte Smart Cities', translation_status: 'english-missing' })
    expect(mpsc?.search_text).toContain('MPSC')
    const latest = (await db.execute("SELECT count(*) AS n FROM _networks_v WHERE latest = 1 AND version_search_text IS NULL")).rows[0] as unknown as { n: number }
    expect(Number(latest.n)).toBe(0)
    // Boots a server and a second Payload: the hook timeout's allowance, not the default test's.
  }, 180_000)
})
