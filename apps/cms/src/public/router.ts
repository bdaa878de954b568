import express, { type RequestHandler, type Router } from 'express'

import { cachedAnswer, type CachedAnswer } from './cachedAnswer'

import { cors } from './http/cors'
import { problemHandler } from './http/errors'
import { langMiddleware, langOf } from './http/lang'
import { ProblemError, publicOriginMiddleware, tooManyRequests } from './http/problem'
import { rateLimit, type RateLimitOptions } from './http/rateLimit'
import { RenderedCache } from './http/renderedCache'
import { say } from './i18n/messages'
import { publicRoutes } from './routes'
import type { Snapshot } from './readModel/snapshot'
import { type ApiContext, API_PREFIX, scoped } from './routes/scope'

type Logger = { error: (obj: { err: unknown; msg: string }) => void }

export type PublicRouterOptions = Omit<ApiContext, 'cache'> & {
  rateLimit: RateLimitOptions
  logger: Logger
  /** Budget of the rendered-answer cache in bytes (bodies and their encodings). */
  cacheBytes?: number
}

const DEFAULT_CACHE_BYTES = 128 * 1024 * 1024

const ALLOWED_METHODS = 'GET, HEAD, OPTIONS'

export type PublicEndpoint = {
  router: Router
  /** Cache hits and preflights answered by the front listener with the router's own middleware. */
  answerCached: CachedAnswer
}

/**
 * The public read API, mounted at /public/v1. Order matters: language first (every problem is
 * worded in it), then CORS (so even a 429 is readable cross-origin), the rate limit, the
 * read-only guard, the stale marker, the routes, and problem+json for everything that falls
 * through. The front listener runs the same middleware instances for cache hits.
 */
export function publicEndpoint(options: PublicRouterOptions): PublicEndpoint {
  const router = express.Router({ strict: false })
  const limiter = rateLimit(options.rateLimit, tooManyRequests('tooManyRequests'))
  const readOnly: RequestHandler = (req, res, next) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      next()
      return
    }
    next(new ProblemError('method-not-allowed', say(langOf(res), 'methodNotAllowed', { allowed: ALLOWED_METHODS }), undefined, { Allow: ALLOWED_METHODS }))
  }
  const staleMarker: RequestHandler = (_req, res, next) => {
    const since = options.model.staleSince?.()
    if (since) {
      res.setHeader('Warning', '110 - "Response is Stale"')
      res.setHeader('X-VIE-Stale', since.toISOString())
    }
    next()
  }
  const chain: RequestHandler[] = [publicOriginMiddleware(options.publicOrigin), langMiddleware(), cors(), limiter, readOnly, staleMarker]
  const context: ApiContext = { ...options, cache: new RenderedCache<Snapshot>(options.cacheBytes ?? DEFAULT_CACHE_BYTES) }
  const problems = problemHandler(options.logger)
  for (const handler of chain) router.use(handler)
  for (const route of publicRoutes) router.get(route.express, scoped(context, route.handle))
  router.use((_req, res, next) => {
    next(new ProblemError('not-found', say(langOf(res), 'unknownRoute', { docs: `${API_PREFIX}/docs` })))
  })
  router.use(problems)
  return { router, answerCached: cachedAnswer(context, chain, limiter, problems) }
}

export const publicRouter = (options: PublicRouterOptions): Router => publicEndpoint(options).router
