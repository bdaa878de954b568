import fs from 'node:fs'
import { createRequire } from 'node:module'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { authHeaders, login } from '../helpers/api'
import { bootServer, type BootedServer } from '../helpers/bootServer'

// The SQLite client Payload's adapter itself uses, reached through the adapter's own dependencies.
const adapterRequire = createRequire(createRequire(import.meta.url).resolve('@payloadcms/db-sqlite'))
const { createClient } = adapterRequire('@libsql/client') as {
  createClient: (config: { url: string }) => {
    execute: (sql: string) => Promise<{ rows: Record<string, unknown>[] }>
    close: () => void
  }
}

const SLUG = 'eurocities'
/** Bytes 0–135 of the -shm file are the WAL index header; zeroed, every connection re-reads the database. */
const WAL_INDEX_HEADER = 136

async function until<T>(what: string, probe: () => Promise<T | undefined>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await probe()
    if (value !== undefined) return value
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`)
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

/**
 * Takes the SQLite file away from the running server and gives it back, byte for byte. Root
 * ignores file modes and an open handle survives renames, so the file's content is replaced
 * instead: after a full checkpoint (everything in the main file, the WAL empty) the main file is
 * overwritten and the WAL index is invalidated, so the server's next query reads the file again
 * and fails with SQLITE_NOTADB. Restoring writes the saved bytes back and invalidates the index
 * again.
 */
class Outage {
  private saved: Buffer | null = null

  constructor(private readonly dbFile: string) {}

  async begin(): Promise<void> {
    const client = createClient({ url: `file:${this.dbFile}` })
    try {
      await until('a complete checkpoint', async () => {
        const [row] = (await client.execute('PRAGMA wal_checkpoint(TRUNCATE)')).rows
        return row?.busy === 0 ? true : undefined
      })
    } finally {
      client.close()
    }
    this.saved = fs.readFileSync(this.dbFile)
    this.overwrite(Buffer.alloc(this.saved.length, 0x42))
  }

  end(): void {
    if (!this.saved) return
    this.overwrite(this.saved)
    this.saved = null
  }

  private overwrite(content: Buffer): void {
    const db = fs.openSync(this.dbFile, 'r+')
    fs.writeSync(db, content, 0, content.length, 0)
    fs.closeSync(db)
    const shm = fs.openSync(`${this.dbFile}-shm`, 'r+')
    fs.writeSync(shm, Buffer.alloc(WAL_INDEX_HEADER), 0, WAL_INDEX_HEADER, 0)
    fs.closeSync(shm)
  }
}

describe('database unavailable', () => {
  let server: BootedServer
  let token: string
  let outage: Outage
  beforeAll(async () => {
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true', PUBLIC_API_POLL_MS: '300' } })
    token = await login(server.url, 'admin@vie.test', 'admin-password-123')
    outage = new Outage(server.dbFile)
  })
  afterAll(async () => {
    outage?.end()
    await server?.stop()
  })

  const publicDetail = async (): Promise<{ res: Response; body: { acronym: string | null } }> => {
    const res = await fetch(`${server.url}/public/v1/networks/${SLUG}`)
    return { res, body: (await res.json()) as { acronym: string | null } }
  }

  const publishAcronym = async (acronym: string): Promise<void> => {
    const found = await fetch(`${server.url}/api/networks?where[slug][equals]=${SLUG}&depth=0`, { headers: authHeaders(token) })
    const id = ((await found.json()) as { docs: { id: string }[] }).docs[0]?.id
    const res = await fetch(`${server.url}/api/networks/${id}`, {
      method: 'PATCH',
      headers: authHeaders(token),
      body: JSON.stringify({ acronym, _status: 'published' }),
    })
    expect(res.status).toBe(200)
    await until(`${acronym} in the public API`, async () => ((await publicDetail()).body.acronym === acronym ? true : undefined))
  }

  it('serves the last good data marked stale while the database is gone, and recovers by itself', async () => {
    await publishAcronym('BEFORE-OUTAGE')
    const list = `${server.url}/public/v1/networks?limit=100&lang=en`
    const before = await fetch(list)
    expect(before.headers.get('warning')).toBeNull()
    const beforeBody = await before.text()
    expect((await fetch(`${server.url}/healthz`)).status).toBe(200)

    await outage.begin()
    const health = await until('/healthz to report the outage', async () => {
      const res = await fetch(`${server.url}/healthz`)
      return res.status === 503 ? ((await res.json()) as { database: string }) : undefined
    })
    expect(health.database).toBe('unreachable')
    const stale = await until('the stale marker', async () => {
      const res = await fetch(list)
      return res.headers.get('warning') ? res : undefined
    })
    expect(stale.status).toBe(200)
    expect(stale.headers.get('warning')).toBe('110 - "Response is Stale"')
    expect(Date.parse(stale.headers.get('x-vie-stale') ?? '')).not.toBeNaN()
    expect(stale.headers.get('access-control-expose-headers')).toContain('X-VIE-Stale')
    expect(await stale.text()).toBe(beforeBody)
    const detail = await publicDetail()
    expect(detail.res.status).toBe(200)
    expect(detail.body.acronym).toBe('BEFORE-OUTAGE')
    expect(detail.res.headers.get('warning')).toBe('110 - "Response is Stale"')
    // Payload's own routes fail cleanly instead of hanging.
    const rest = await fetch(`${server.url}/api/networks?limit=1`, { signal: AbortSignal.timeout(20_000) })
    expect(rest.status).toBeGreaterThanOrEqual(500)

    outage.end()
    await until('/healthz to recover', async () => ((await fetch(`${server.url}/healthz`)).status === 200 ? true : undefined))
    await until('the stale marker to go', async () => ((await fetch(list)).headers.get('warning') === null ? true : undefined))
    expect((await fetch(list)).headers.get('x-vie-stale')).toBeNull()
    await publishAcronym('AFTER-OUTAGE')
    expect((await publicDetail()).res.headers.get('warning')).toBeNull()
    expect(server.output()).toContain('serving the last good read model as stale')
  })
})
