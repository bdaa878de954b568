import type { NextFunction, Request, Response } from 'express'

/** Headers a browser script on another origin may read: paging, caching, language, limits. */
export const EXPOSED_HEADERS = [
  'Link',
  'X-Total-Count',
  'ETag',
  'Content-Language',
  'Retry-After',
  'RateLimit-Limit',
  'RateLimit-Remaining',
  'RateLimit-Reset',
  'Warning',
  'X-VIE-Stale',
]

/**
 * Open to every origin and without credentials: the data is public, and a wildcard origin
 * together with credentials is something browsers refuse anyway. Preflights are answered here,
 * with the methods the router takes (the read API only reads; proposals also take POST).
 */
export function cors(methods = 'GET, HEAD, OPTIONS') {
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Access-Control-Expose-Headers', EXPOSED_HEADERS.join(', '))
    // Partner pages with Cross-Origin-Embedder-Policy may only load resources that opt in.
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
    if (req.method === 'OPTIONS') {
      res.setHeader('Access-Control-Allow-Methods', methods)
      res.setHeader('Access-Control-Allow-Headers', 'Accept, Accept-Language, If-None-Match, Content-Type')
      res.setHeader('Access-Control-Max-Age', '86400')
      res.status(204).end()
      return
    }
    next()
  }
}
