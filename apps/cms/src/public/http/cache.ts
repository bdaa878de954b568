import crypto from 'node:crypto'
import type { Request, Response } from 'express'

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'

/**
 * A validator computed from the body itself, so every instance gives the same ETag for the same
 * answer. Weak, because compression sends the same content in several encodings.
 */
export const etagOf = (body: string): string => `W/"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** RFC 9110 §13.1.2: weak comparison against each listed tag, or `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/**
 * Sends a cacheable answer: ETag, Cache-Control, and 304 without a body when the client's copy
 * is current. Answers depend on Accept-Language when `lang` is not in the query.
 */
export function sendCacheable(req: Request, res: Response, body: string, contentType: string): void {
  const etag = etagOf(body)
  res.setHeader('ETag', etag)
  res.setHeader('Cache-Control', CACHE_CONTROL)
  res.vary('Accept-Language')
  if (matchesIfNoneMatch(req.headers['if-none-match'], etag)) {
    res.status(304).end()
    return
  }
  res.status(200).type(contentType).send(body)
}

export const sendJson = (req: Request, res: Response, value: unknown, contentType = 'application/json; charset=utf-8'): void =>
  sendCacheable(req, res, JSON.stringify(value), contentType)
