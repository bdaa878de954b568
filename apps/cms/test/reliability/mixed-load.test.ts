import { afterAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createBaseRefs } from '../helpers/recordFixtures'
import { callers } from '../helpers/records'
import { EditorWork, publicReadPaths, runMix, seededRandom, verifyEditorWork, WIDGET_BUNDLE } from './trafficMix'

let server: BootedServer | undefined

afterAll(async () => {
  await server?.stop()
})

// The bounded variant of bench/load/mixed.ts: correctness under mixed traffic, no timing targets.
describe('mixed load on the seeded register', { timeout: 300_000 }, () => {
  it('answers every request and keeps every acknowledged edit', async () => {
    server = await bootServer({
      timeoutMs: 240_000,
      env: { SEED_ON_EMPTY: 'true', PUBLIC_API_RATE_BURST: '1000000', PUBLIC_API_RATE_PER_SECOND: '1000000' },
    })
    const { admin, editor } = await callers(server.url)
    const refs = await createBaseRefs(admin)

    const reads = await publicReadPaths(server.url)
    expect(reads).toEqual(expect.arrayContaining(['/public/v1/networks', '/public/v1/events.ics', '/public/v1/stats', '/public/v1/docs']))
    // Every endpoint of the mix once before the random part, so each is proven to answer.
    for (const path of [...reads, WIDGET_BUNDLE]) {
      const res = await fetch(`${server.url}${path}`)
      await res.arrayBuffer()
      expect(res.status, path).toBeLessThan(400)
    }

    const work = new EditorWork(editor, refs)
    const result = await runMix({ baseUrl: server.url, reads, work, connections: 3, seconds: 10, random: seededRandom(1) })
    expect(result.errors).toEqual([])
    expect(result.samples.length).toBeGreaterThan(150)
    expect([...work.records.values()].filter((record) => record.published).length).toBeGreaterThan(0)
    expect(await verifyEditorWork(work, editor, server.url)).toEqual([])
  })
})
