import type { NextFunction, Request, Response } from 'express'
import type { IncomingMessage } from 'node:http'

export type RateLimitOptions = {
  /** Requests a client may send in a burst. */
  burst: number
  /** Sustained requests per second once the burst is spent. */
  perSecond: number
  now?: () => number
}

type Bucket = { tokens: number; at: number }

/**
 * A token bucket per client address, in memory: each instance limits on its own, which is
 * enough to keep one client from starving the others. Full buckets are forgotten, so memory
 * stays bounded by the clients active in the last few seconds.
 */
export class TokenBuckets {
  private readonly buckets = new Map<string, Bucket>()
  private lastSweep = 0

  constructor(private readonly options: RateLimitOptions) {}

  private now(): number {
    return this.options.now?.() ?? Date.now()
  }

  /** Takes a token; returns the seconds to wait when there is none. */
  take(key: string): { ok: true; remaining: number } | { ok: false; retryAfter: number } {
    const now = this.now()
    this.sweep(now)
    const { burst, perSecond } = this.options
    const bucket = this.buckets.get(key) ?? { tokens: burst, at: now }
    bucket.tokens = Math.min(burst, bucket.tokens + ((now - bucket.at) / 1000) * perSecond)
    bucket.at = now
    this.buckets.set(key, bucket)
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1
      return { ok: true, remaining: Math.floor(bucket.tokens) }
    }
    return { ok: false, retryAfter: Math.max(1, Math.ceil((1 - bucket.tokens) / perSecond)) }
  }

  get size(): number {
    return this.buckets.size
  }

  private sweep(now: number): void {
    if (now - this.lastSweep < 10_000) return
    this.lastSweep = now
    const { burst, perSecond } = this.options
    for (const [key, bucket] of this.buckets) {
      if (bucket.tokens + ((now - bucket.at) / 1000) * perSecond >= burst) this.buckets.delete(key)
    }
  }
}

export type Verdict = ReturnType<TokenBuckets['take']>

/** The header that changes with every request of a client; the rest of the limit's headers do not. */
export const REMAINING_HEADER = 'RateLimit-Remaining'


const COUNTED = Symbol('vie.rateLimit.counted')
type Counted = IncomingMessage & { [COUNTED]?: Verdict }

export type RateLimiter = ((req: Request, res: Response, next: NextFunction) => void) & {
  /**
   * Takes the request's token ahead of the middleware (the front listener decides before
   * Express runs); the middleware then reports this verdict instead of taking another token.
   * `address` is the client's as `req.ip` gives it, for a request Express has not adopted.
   */
  count: (req: IncomingMessage, address?: string) => Verdict
}

/**
 * Express middleware over `TokenBuckets`, keyed by `req.ip` (which honours X-Forwarded-For only
 * when the app trusts its proxy). A limited request goes to `onLimited`.
 */
export function rateLimit(
  options: RateLimitOptions,
  onLimited: (req: Request, res: Response, next: NextFunction, retryAfter: number) => void,
): RateLimiter {
  const buckets = new TokenBuckets(options)
  const take = (req: Request): Verdict => buckets.take(req.ip ?? req.socket.remoteAddress ?? 'unknown')
  const middleware = (req: Request, res: Response, next: NextFunction): void => {
    const result = (req as Counted)[COUNTED] ?? take(req)
    res.setHeader('RateLimit-Limit', String(options.burst))
    if (result.ok) {
      res.setHeader(REMAINING_HEADER, String(result.remaining))
      next()
      return
    }
    res.setHeader(REMAINING_HEADER, '0')
    res.setHeader('RateLimit-Reset', String(result.retryAfter))
    onLimited(req, res, next, result.retryAfter)
  }
  const count = (req: IncomingMessage, address?: string): Verdict => {
    const verdict = address === undefined ? take(req as Request) : buckets.take(address)
    ;(req as Counted)[COUNTED] = verdict
    return verdict
  }
  return Object.assign(middleware, { count })
}
