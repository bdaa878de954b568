import type { Payload } from 'payload'

import { onPublicChange } from './readModel/changeSignal'
import { PayloadSource } from './readModel/payloadSource'
import { ReadModel } from './readModel/readModel'
import { publicEndpoint, type PublicEndpoint } from './router'
import type { Env } from '../config/env'
import { publicApiSettings } from './settings'

/**
 * The public API for a running Payload: a read model that starts loading at once and follows
 * every published change, and the router that serves it. Requests that arrive before the first
 * load wait for it (up to ten seconds, then 503). While the database does not answer, the last
 * good snapshot is served with a stale marker.
 */
export function publicApi(payload: Payload, env: Env = process.env): PublicEndpoint & { readModel: ReadModel } {
  const settings = publicApiSettings(env)
  const readModel = new ReadModel(new PayloadSource(payload), { pollMs: settings.pollMs, logger: payload.logger })
  onPublicChange(() => readModel.notifyChange())
  readModel.start().catch((error: unknown) => payload.logger.error({ err: error, msg: 'public API: read model did not start' }))
  const endpoint = publicEndpoint({
    model: readModel,
    publicOrigin: settings.publicOrigin,
    readyTimeoutMs: 10_000,
    now: Date.now,
    rateLimit: settings.rateLimit,
    cacheBytes: settings.cacheBytes,
    logger: payload.logger,
  })
  return { ...endpoint, readModel }
}
