import compression from 'compression'
import express from 'express'
import type { AddressInfo } from 'node:net'

import { onPublicChange } from '../../../src/public/readModel/changeSignal'
import { ReadModel } from '../../../src/public/readModel/readModel'
import { publicRouter } from '../../../src/public/router'
import { sharedRecords, sharedVocabularies } from '../fixtures/sharedData'
import { FixtureSource } from './fixtureSource'

export type FixtureApi = {
  /** `http://127.0.0.1:PORT/public/v1` */
  api: string
  source: FixtureSource
  model: ReadModel
  /** The clock the API sees. */
  setNow: (iso: string) => void
  close: () => Promise<void>
}

const quiet = { info: () => undefined, warn: () => undefined, error: () => undefined }

/**
 * The public router on a real HTTP server in this process, mounted like createApp.ts does
 * (compression first), over the study's records. The poll interval is an hour, so a change can
 * only arrive through the in-process change signal that the collection hooks raise.
 */
export async function startFixtureApi(options: { burst?: number; now?: string } = {}): Promise<FixtureApi> {
  let now = Date.parse(options.now ?? '2024-06-01T10:00:00Z')
  const source = new FixtureSource(sharedRecords(), sharedVocabularies())
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
