import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'

import type { FastRoute } from '../server/frontListener'
import { bodySent, keepAnswer, type Prepared, recordAnswer, sendReplay } from '../server/replay'
import { requestShape, ShapeTable } from '../server/requestShape'
import { runChain } from '../server/runChain'
import { isFresh, sendRendered } from './http/cache'
import { negotiateLang } from './http/lang'
import { type RateLimiter, REMAINING_HEADER } from './http/rateLimit'
import type { Rendered } from './http/renderedCache'
import { type ApiContext, apiBaseOf, renderKey } from './routes/scope'
import type { Snapshot } from './readModel/snapshot'

/**
 * Answers one request below /public/v1 (`url` is the part after the prefix) outside Express, or
 * returns false having written nothing.
 */
export type CachedAnswer = FastRoute['answer']

/**
 * A cached answer as the router's middleware sent it to requests of one shape: the cache entry
 * it stands for (checked on every hit, so an expired entry or a change of stale mode goes the
 * long way again), and the full answer and the 304, each once seen.
 */
type PreparedAnswer = Prepared & {
  key: string
  rendered: Rendered
  staleAt: number
}

/** Request shapes remembered; a typical deployment sees a few per URL (encodings, languages). */
const MAX_SHAPES = 4096

/** Below /public/v1, the one resource that is written to (proposals/router.ts). */
export const PROPOSALS_PATH = '/proposals'

const staleAtOf = (ctx: ApiContext): number => ctx.model.staleSince?.()?.getTime() ?? 0

/**
 * Cache hits and CORS preflights of the public API without Express. The first request of each
 * shape (requestShape) for a cached answer runs the router's own middleware (`chain`, in the
 * router's order) and `sendRendered`, so its headers are the router's; later ones replay those
 * headers with the rate limit's count of the moment, without parsing anything. A miss, a request
 * before the first snapshot, any method but GET, HEAD and OPTIONS, and a client past its limit
 * return false with nothing written, so Express answers them; a request counted
 * here is not counted again there.
 */
export function cachedAnswer(ctx: ApiContext, chain: readonly RequestHandler[], limiter: RateLimiter, problems: ErrorRequestHandler): CachedAnswer {
  const prepared = new ShapeTable<PreparedAnswer>(MAX_SHAPES)
  // The table is emptied with every new snapshot and whenever the cache lets an entry go, so it
  // never holds an old snapshot's answers or bytes the cache's budget no longer counts.
  let preparedOf: Snapshot | undefined
  let dropsSeen = 0
  const sync = (snapshot: Snapshot): void => {
    if (snapshot === preparedOf && ctx.cache.drops === dropsSeen) return
    prepared.clear()
    preparedOf = snapshot
    dropsSeen = ctx.cache.drops
  }
  const finish = (req: Request, res: Response, then: () => void): void => {
    const end = runChain(chain, req, res)
    if (end.passed) then()
    else if (end.error !== undefined) void problems(end.error, req, res, () => undefined)
  }

  /** What was prepared for this shape, while the cache still holds the answer it was made from. */
  const preparedFor = (shape: string): PreparedAnswer | undefined => {
    const snapshot = ctx.model.current?.()
    if (!snapshot) return undefined
    sync(snapshot)
    const entry = prepared.get(shape)
    if (!entry) return undefined
    if (ctx.cache.get(snapshot, entry.key, ctx.now()) === entry.rendered && staleAtOf(ctx) === entry.staleAt) return entry
    prepared.delete(shape)
    return undefined
  }

  return (req, res, url, front) => {
    // Proposals take POST from any origin: their router answers its own preflights.
    if (url.startsWith(PROPOSALS_PATH)) return false
    if (req.method === 'OPTIONS') {
      const [request, response] = front.adopt(req, res)
      front.all(request, response)
      finish(request, response, () => undefined)
      return true
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const shape = requestShape(req)
    const known = preparedFor(shape)
    const replay = known && (isFresh(req, known.rendered.etag) ? known.notModified : known.full)
    if (replay) {
      const verdict = limiter.count(req, front.address(req) ?? 'unknown')
      if (!verdict.ok) return false
      sendReplay(res, replay, String(verdict.remaining))
      front.sent(req, res)
      return true
    }
    const snapshot = ctx.model.current?.()
    if (!snapshot) return false
    const [request, response] = front.adopt(req, res)
    const key = renderKey(negotiateLang(request), apiBaseOf(ctx, request), url)
    const hit = ctx.cache.get(snapshot, key, ctx.now())
    if (!hit) return false
    if (!limiter.count(request).ok) return false
    const staleAt = staleAtOf(ctx)
    front.all(request, response)
    finish(request, response, () => sendRendered(request, response, hit, ctx.cache))
    const body = response.writableEnded ? bodySent(response, hit, request.method === 'HEAD') : false
    if (body === false) return true
    sync(snapshot)
    const entry = known?.rendered === hit ? known : { key, rendered: hit, staleAt }
    if (keepAnswer(entry, recordAnswer(response, body, REMAINING_HEADER))) prepared.set(shape, entry)
    return true
  }
}
