import compression from 'compression'
import express from 'express'
import fs from 'node:fs'
import type { AddressInfo } from 'node:net'
import os from 'node:os'
import path from 'node:path'
import type { Payload } from 'payload'
import { register } from 'tsx/esm/api'
import { afterAll, beforeAll } from 'vitest'

import { initPayload } from '../../../src/boot/initPayload'
import { onPublicChange } from '../../../src/public/readModel/changeSignal'
import { PayloadSource } from '../../../src/public/readModel/payloadSource'
import type { RecordCollection } from '../../../src/public/readModel/raw'
import { ReadModel } from '../../../src/public/readModel/readModel'
import type { RecordSource } from '../../../src/public/readModel/source'
import { publicRouter } from '../../../src/public/router'

/** The secret bootServer gives its servers, so extra instances on the same folder agree with this one. */
const SECRET = 'test-secret-for-vie-integration-tests'

/**
 * The real `PayloadSource`, counted: how often the read model asked the database for anything.
 * Instrumentation only; every call goes to the real source.
 */
export class CountingSource implements RecordSource {
  loads = 0
  fingerprints = 0

  constructor(private readonly inner: RecordSource) {}

  load(): ReturnType<RecordSource['load']> {
    this.loads += 1
    return this.inner.load()
  }

  fingerprint(): Promise<string> {
    this.fingerprints += 1
    return this.inner.fingerprint()
  }

  watch(onChange: () => void): ReturnType<RecordSource['watch']> {
    return this.inner.watch(onChange)
  }
}

export type PublicApi = {
  /** `http://127.0.0.1:PORT/public/v1` */
  api: string
  source: CountingSource
  model: ReadModel
  /** The clock the API sees. */
  setNow: (iso: string) => void
  close: () => Promise<void>
}

export type ServeOptions = {
  /** Rate limit burst; unlimited when not given. */
  burst?: number
  /** The API's clock; the seeded study data's summer of 2024 when not given. */
  now?: string
}

export type PublicStack = {
  payload: Payload
  /** The folder of the SQLite file (`vie.db`), for more server processes on the same database. */
  dataDir: string
  /** The public router over a read model of this Payload, on a real HTTP server in this process. */
  serve: (options?: ServeOptions) => Promise<PublicApi>
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

/**
 * Payload with the project's own configuration (src/payload.config.ts) on a fresh SQLite file in
 * a temp folder: migrated, given its first admin and seeded with the study data by the same
 * start-up code the server runs (boot/bootstrap.ts). One per test file: booted in beforeAll,
 * destroyed in afterAll. Read the fields inside tests and hooks.
 */
export function usePublicStack(): PublicStack {
  const stack = { serve: (options?: ServeOptions) => serve(stack.payload, options) } as PublicStack
  beforeAll(async () => {
    stack.dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-public-'))
    // Read by the configuration when it is first imported, which initPayload does.
    process.env.DATABASE_URI = `file:${path.join(stack.dataDir, 'vie.db')}`
    process.env.PAYLOAD_SECRET = SECRET
    process.env.SEED_ON_EMPTY = 'true'
    process.env.ADMIN_EMAIL = 'admin@vie.test'
    process.env.ADMIN_PASSWORD = 'admin-password-123'
    // Test starts, like `pnpm dev` and `pnpm seed`, apply the committed migration files, which
    // Payload imports by path: the TypeScript loader every entry point runs under (tsx) reads them.
    const unregister = register()
    try {
      stack.payload = await initPayload({ cron: false })
    } finally {
      await unregister()
    }
  })
  afterAll(async () => {
    await stack.payload?.destroy()
    if (stack.dataDir) fs.rmSync(stack.dataDir, { recursive: true, force: true })
  })
  return stack
}

/**
 * The public router mounted like createApp.ts does (compression first), over a read model of the
 * real `PayloadSource`. The poll interval is an hour, so a change can only arrive through the
 * in-process change signal that the collection hooks raise.
 */
async function serve(payload: Payload, options: ServeOptions = {}): Promise<PublicApi> {
  let now = Date.parse(options.now ?? '2024-06-01T10:00:00Z')
  const source = new CountingSource(new PayloadSource(payload))
  const model = new ReadModel(source, { pollMs: 3_600_000, logger: quiet })
  const unsubscribe = onPublicChange(() => model.notifyChange())
  await model.start()
  const app = express()
  app.use(compression())
  app.use(
    '/public/v1',
    publicRouter({
      model,
      readyTimeoutMs: 5000,
      now: () => now,
      rateLimit: { burst: options.burst ?? 100_000, perSecond: options.burst ? 0.5 : 100_000 },
      logger: quiet,
    }),
  )
  const server = app.listen(0, '127.0.0.1')
  await new Promise<void>((resolve) => server.once('listening', () => resolve()))
  const { port } = server.address() as AddressInfo
  return {
    api: `http://127.0.0.1:${port}/public/v1`,
    source,
    model,
    setNow: (iso) => {
      now = Date.parse(iso)
    },
    close: async () => {
      unsubscribe()
      await model.stop()
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** One stored record by slug, as an editor sees it (drafts included, every field), at depth 0. */
export async function recordBySlug<C extends RecordCollection>(payload: Payload, collection: C, slug: string) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  const [doc] = docs
  if (!doc) throw new Error(`${collection}/${slug} not found`)
  return doc
}
