import crypto from 'node:crypto'
import type { Request, Response } from 'express'
import type { IncomingMessage } from 'node:http'

import {
  COMPRESS_THRESHOLD,
  ENCODINGS,
  type Rendered,
  RENDERED_HEADERS,
  type RenderedCache,
} from './renderedCache'

export const CACHE_CONTROL = 'public, max-age=60, stale-while-revalidate=600'

/**
 * A validator computed from the body itself, so every instance gives the same ETag for the same
 * answer. Weak, because compression sends the same content in several encodings.
 */
export const etagOf = (body: string | Buffer): string => `W/"${crypto.createHash('sha256').update(body).digest('base64url').slice(0, 32)}"`

/** RFC 9110 §13.1.2: weak comparison against each listed tag, or `*`. */
export function matchesIfNoneMatch(header: string | undefined, etag: string): boolean {
  if (!header) return false
  if (header.trim() === '*') return true
  const opaque = (tag: string) => tag.trim().replace(/^W\//, '')
  return header.split(',').some((tag) => opaque(tag) === opaque(etag))
}

/** Whether the client's copy is current (If-None-Match); nothing is split when it sent none. */
export function isFresh(req: IncomingMessage, etag: string): boolean {
  const condition = req.headers['if-none-match']
  return condition !== undefined && matchesIfNoneMatch(condition, etag)
}

/** Where the answer being rendered for this request is kept, and for which clock interval it holds. */
export type RenderTarget = {
  cache: RenderedCache<object>
  version: object
  key: string
  validFrom: number
  validUntil: number
}

const TARGET = 'vieRenderTarget'

/** Set by the route wrapper before the handler runs: `sendCacheable` then stores what it renders. */
export function renderInto(res: Response, target: RenderTarget): void {
  res.locals[TARGET] = target
}

const targetOf = (res: Response): RenderTarget | undefined => res.locals[TARGET] as RenderTarget | undefined

/**
 * Writes a rendered answer: its headers, ETag and Cache-Control, 304 without a body when the
 * client's copy is current, else the body in the best encoding the client accepts. An answer the
 * cache holds is compressed at most once and kept with it; one too large to keep is left to the
 * compression middleware, which streams it instead of blocking the event loop on every request.
 * Answers depend on Accept-Language when `lang` is not in the query.
 */
export function sendRendered(req: Request, res: Response, rendered: Rendered, cache = targetOf(res)?.cache): void {
  for (const [name, value] of Object.entries(rendered.headers)) res.setHeader(name, value)
  res.setHeader('ETag', rendered.etag)
  res.setHeader('Cache-Control', CACHE_CONTROL)
  // A 304 carries the Vary of the 200 it stands for (RFC 9110 §15.4.5), and the compression
  // middleware varies every 200 on the encoding, whatever the size.
  res.vary('Accept-Language')
  res.vary('Accept-Encoding')
  if (matchesIfNoneMatch(req.headers['if-none-match'], rendered.etag)) {
    res.status(304).end()
    return
  }
  res.status(200).setHeader('Content-Type', rendered.contentType)
  let body = rendered.body
  if (body.length >= COMPRESS_THRESHOLD) {
    const encoding = req.acceptsEncodings([...ENCODINGS, 'identity'])
    if ((encoding === 'br' || encoding === 'gzip') && cache?.holds(rendered)) {
      body = cache.encode(rendered, encoding)
      // Already encoded: the compression middleware leaves it alone.
      res.setHeader('Content-Encoding', encoding)
    }
  }
  res.setHeader('Content-Length', body.length)
  if (req.method === 'HEAD') res.end()
  else res.end(body)
}

/** Sends a cacheable answer (see `sendRendered`) and keeps it for the next request with the same key. */
export function sendCacheable(req: Request, res: Response, body: string, contentType: string): void {
  const target = targetOf(res)
  const headers: Record<string, string> = {}
  for (const name of RENDERED_HEADERS) {
    const value = res.getHeader(name)
    if (value !== undefined) headers[name] = String(value)
  }
  const rendered: Rendered = {
    etag: etagOf(body),
    contentType,
    headers,
    body: Buffer.from(body),
    encoded: {},
    validFrom: target?.validFrom ?? Number.NEGATIVE_INFINITY,
    validUntil: target?.validUntil ?? Number.POSITIVE_INFINITY,
  }
  if (target) target.cache.set(target.version, target.key, rendered)
  sendRendered(req, res, rendered)
}

export const sendJson = (req: Request, res: Response, value: unknown, contentType = 'application/json; charset=utf-8'): void =>
  sendCacheable(req, res, JSON.stringify(value), contentType)
