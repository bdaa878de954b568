import { type Env, positive } from '../config/env'
import type { RateLimitOptions } from './http/rateLimit'

export type PublicApiSettings = {
  /** How often each instance looks for changes made by other instances (ms). */
  pollMs: number
  rateLimit: RateLimitOptions
  /** Budget of the rendered-answer cache (bodies and their gzip/brotli forms), in bytes. */
  cacheBytes: number
  /** Canonical origin for absolute URLs in JSON-LD, iCalendar and DCAT; the request's origin when unset. */
  publicOrigin?: string
}

/**
 * Settings from the environment. The defaults let one client page through everything in a
 * burst and then fetch about ten answers a second.
 */
export function publicApiSettings(env: Env = process.env): PublicApiSettings {
  return {
    pollMs: positive(env.PUBLIC_API_POLL_MS, 2000),
    cacheBytes: positive(env.PUBLIC_API_CACHE_MB, 128) * 1024 * 1024,
    rateLimit: { burst: positive(env.PUBLIC_API_RATE_BURST, 120), perSecond: positive(env.PUBLIC_API_RATE_PER_SECOND, 10) },
    publicOrigin: env.SERVER_URL?.trim() || undefined,
  }
}
