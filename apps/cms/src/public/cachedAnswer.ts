import type { ErrorRequestHandler, Request, RequestHandler, Response } from 'express'

import type { Front } from '../server/frontListener'
import { runChain } from '../server/runChain'
import { matchesIfNoneMatch, sendRendered } from './http/cache'
import { negotiateLang } from './http/lang'
import { type RateLimiter, REMAINING_HEADER } from './http/rateLimit'
import type { Rendered } from './http/renderedCache'
import { type ApiContext, apiBaseOf, renderKey } from './routes/scope'

/**
 * Answers one request below /public/v1 (`url` is the part after the prefix) outside Express, or
 * returns false having touched nothing.
 */
export type CachedAnswer = (req: Request, res: Response, url: string, front: Front) => boolean

/** An answer as the middleware and `sendRendered` wrote it: status, headers in order, which body. */
type Replay = { status: number; headers: string[]; remainingAt: number; body: 'none' | 'identity' | 'br' | 'gzip' }

/** Request shapes remembered per cached answer; more distinct ones are answered the long way. */
const MAX_SHAPES = 16

/**
 * Everything the router's middleware and `sendRendered` read from a request besides the URL and
 * language (which chose the cached answer): method, whether the client's copy is current, the
 * encodings it takes, TLS (HSTS), and the stale marker. Same shape, same headers.
 */
const shapeOf = (req: Request, entry: Rendered, stale: string): string =>
  `${req.method} ${matchesIfNoneMatch(req.headers['if-none-match'], entry.etag) ? 304 : 200} ${req.secure} ${stale} ${req.headers['accept-encoding'] ?? ''}`

/** Node keeps the names as set (OutgoingMessage#getRawHeaderNames); its types declare that for client requests only. */
type RawNamed = Response & { getRawHeaderNames(): string[] }

/** What was just sent for `entry`, when it is bytes `entry` holds (not a stream the compression middleware made). */
function recorded(res: Response, entry: Rendered, head: boolean): Replay | undefined {
  const encoding = res.getHeader('Content-Encoding')
  const body = res.statusCode === 304 || head ? 'none' : encoding === 'br' || encoding === 'gzip' ? encoding : encoding === undefined ? 'identity' : undefined
  if (!body || (res.statusCode !== 304 && res.getHeader('Content-Length') === undefined)) return undefined
  const headers: string[] = []
  let remainingAt = -1
  for (const name of (res as RawNamed).getRawHeaderNames()) {
    if (name.toLowerCase() === REMAINING_HEADER.toLowerCase()) remainingAt = headers.length + 1
    headers.push(name, String(res.getHeader(name)))
  }
  return { status: res.statusCode, headers, remainingAt, body }
}

/** Below /public/v1, the one resource that is written to (proposals/router.ts). */
export const PROPOSALS_PATH = '/proposals'

/**
 * Cache hits and CORS preflights of the public API without Express's routing. The first request
 * of each shape for a cached answer runs the router's own middleware (`chain`, in the router's
 * order) and `sendRendered`, so its headers are the router's; later ones replay those headers
 * with the rate limit's count of the moment. A miss, a request before the first snapshot, any
 * method but GET, HEAD and OPTIONS, and a client past its limit leave the response untouched and
 * return false, so Express answers them; a request counted here is not counted again there.
 */
export function cachedAnswer(ctx: ApiContext, chain: readonly RequestHandler[], limiter: RateLimiter, problems: ErrorRequestHandler): CachedAnswer {
  const replays = new WeakMap<Rendered, Map<string, Replay>>()
  const finish = (req: Request, res: Response, then: () => void): void => {
    const end = runChain(chain, req, res)
    if (end.passed) then()
    else if (end.error !== undefined) void problems(end.error, req, res, () => undefined)
  }
  return (req, res, url, front) => {
    // Proposals take POST from any origin: their router answers its own preflights.
    if (url.startsWith(PROPOSALS_PATH)) return false
    if (req.method === 'OPTIONS') {
      front.all()
      finish(req, res, () => undefined)
      return true
    }
    if (req.method !== 'GET' && req.method !== 'HEAD') return false
    const snapshot = ctx.model.current?.()
    if (!snapshot) return false
    const hit = ctx.cache.get(snapshot, renderKey(negotiateLang(req), apiBaseOf(ctx, req), url), ctx.now())
    if (!hit) return false
    const verdict = limiter.count(req)
    if (!verdict.ok) return false
    const shapes = replays.get(hit) ?? new Map<string, Replay>()
    const shape = shapeOf(req, hit, ctx.model.staleSince?.()?.toISOString() ?? '')
    const replay = shapes.get(shape)
    if (replay) {
      front.log()
      const headers = replay.headers.slice()
      if (replay.remainingAt >= 0) headers[replay.remainingAt] = String(verdict.remaining)
      res.writeHead(replay.status, headers)
      res.end(replay.body === 'none' ? undefined : replay.body === 'identity' ? hit.body : hit.encoded[replay.body])
      return true
    }
    front.all()
    finish(req, res, () => sendRendered(req, res, hit, ctx.cache))
    const made = res.writableEnded ? recorded(res, hit, req.method === 'HEAD') : undefined
    if (made && shapes.size < MAX_SHAPES) {
      shapes.set(shape, made)
      replays.set(hit, shapes)
    }
    return true
  }
}
