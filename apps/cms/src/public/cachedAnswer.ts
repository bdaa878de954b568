import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'

import { runChain } from '../server/runChain'
import { sendRendered } from './http/cache'
import { negotiateLang } from './http/lang'
import type { RateLimiter } from './http/rateLimit'
import { type ApiContext, apiBaseOf, renderKey } from './routes/scope'

/**
 * Answers one request below /public/v1 (`url` is the part after the prefix) outside Express, or
 * returns false. `front` runs the app's middleware in front of the router (log, security
 * headers, compression) once the answer is certain.
 */
export type CachedAnswer = (req: Request, res: Response, url: string, front: () => void) => boolean

/**
 * Cache hits and CORS preflights of the public API without Express's routing: the router's own
 * middleware (`chain`, in the router's order) and then `sendRendered`, so the answer's headers
 * are the router's. A miss, a request before the first snapshot, any method but GET, HEAD and
 * OPTIONS, and a client past its limit leave the response untouched and return false, so
 * Express answers them; a request counted here is not counted again there.
 */
export function cachedAnswer(ctx: ApiContext, chain: readonly RequestHandler[], limiter: RateLimiter, problems: ErrorRequestHandler): CachedAnswer {
  const finish = (req: Request, res: Response, then: () => void): void => {
    const end = runChain(chain, req, res)
    if (end.passed) then()
    else if (end.error !== undefined) void problems(end.error, req, res, () => undefined)
  }
  return (req, res, url, front) => {
    if (req.method === 'OPTIONS') {
      front()
      finish(req, res, () => undefined)
      return true
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const snapshot = ctx.model.current?.()
    if (!snapshot) return false
    const hit = ctx.cache.get(snapshot, renderKey(negotiateLang(req), apiBaseOf(ctx, req), url), ctx.now())
    if (!hit || !limiter.count(req)) return false
    front()
    finish(req, res, () => sendRendered(req, res, hit, ctx.cache))
    return true
  }
}
