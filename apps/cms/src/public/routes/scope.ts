import type { Lang } from '@vie/types'
import type { NextFunction, Request, RequestHandler, Response } from 'express'

import type { Urls } from '../formats/jsonld'
import { CONTEXT_PATH } from '../formats/jsonldContext'
import { renderInto, sendRendered } from '../http/cache'
import { langOf } from '../http/lang'
import { requestOrigin } from '../http/origin'
import type { RenderedCache } from '../http/renderedCache'
import { ProblemError } from '../http/problem'
import { say } from '../i18n/messages'
import type { ParseContext } from '../query/params'
import { DEFAULT_TIME_ZONE } from '../readModel/mapEvent'
import type { Snapshot } from '../readModel/snapshot'
import { startOfDay } from '../time/zone'
import { unchangedAround } from '../readModel/clock'

export const API_PREFIX = '/public/v1'

/** What a route needs from the read model. */
export type SnapshotProvider = {
  snapshot(): Promise<Snapshot>
  /** The snapshot already loaded, if any: what the front listener answers from without waiting. */
  current?(): Snapshot | null
  /** Set while the database does not answer and the last good snapshot is served. */
  staleSince?(): Date | null
}

export type ApiContext = {
  model: SnapshotProvider
  /** Canonical origin for absolute URLs (SERVER_URL); the request's own origin otherwise. */
  publicOrigin?: string
  /** How long a request waits for the first snapshot after a start before answering 503. */
  readyTimeoutMs: number
  now: () => number
  /** Rendered answers of the current snapshot: a hit is a lookup and a write. */
  cache: RenderedCache<Snapshot>
}

/** Everything a handler reads for one request. */
export type Scope = {
  snapshot: Snapshot
  lang: Lang
  parse: ParseContext
  now: number
  /** `https://host/public/v1` */
  api: string
  urls: Urls
}

export type ScopedHandler = (req: Request, res: Response, scope: Scope) => void

function waitForSnapshot(ctx: ApiContext, lang: Lang): Promise<Snapshot> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new ProblemError('unavailable', say(lang, 'notReady'), undefined, { 'Retry-After': '5' })),
      ctx.readyTimeoutMs,
    )
    void ctx.model.snapshot().then((snapshot) => {
      clearTimeout(timer)
      resolve(snapshot)
    })
  })
}

/** `https://host/public/v1`: the canonical origin when configured, else the request's own. */
export function apiBaseOf(ctx: ApiContext, req: Request): string {
  return `${requestOrigin(req, ctx.publicOrigin)}${API_PREFIX}`
}

/**
 * Where an answer is kept in the rendered cache. It depends on the snapshot (the cache's
 * version), the language, the origin in its links, the exact URL below the API prefix (JSON-LD
 * and iCalendar name it) and the clock (the entry's validity).
 */
export const renderKey = (lang: Lang, api: string, url: string): string => `${lang} ${api}${url}`

export function scoped(ctx: ApiContext, handle: ScopedHandler): RequestHandler {
  return async (req: Request, res: Response, next: NextFunction) => {
    try {
      const lang = langOf(res)
      const snapshot = await waitForSnapshot(ctx, lang)
      const api = apiBaseOf(ctx, req)
      const now = ctx.now()
      const key = renderKey(lang, api, req.url)
      const hit = ctx.cache.get(snapshot, key, now)
      if (hit) {
        sendRendered(req, res, hit, ctx.cache)
        return
      }
      renderInto(res, { cache: ctx.cache, version: snapshot, key, ...unchangedAround(snapshot.eventEnds, now) })
      handle(req, res, {
        snapshot,
        lang,
        parse: { lang, dayStart: (y, m, d) => startOfDay(y, m, d, DEFAULT_TIME_ZONE) },
        now,
        api,
        urls: {
          context: `${api}${CONTEXT_PATH}`,
          network: (slug) => `${api}/networks/${encodeURIComponent(slug)}`,
          tandem: (slug) => `${api}/tandems/${encodeURIComponent(slug)}`,
          municipality: (slug) => `${api}/municipalities/${encodeURIComponent(slug)}`,
          event: (slug) => `${api}/events/${encodeURIComponent(slug)}`,
        },
      })
    } catch (error) {
      next(error)
    }
  }
}

/** The path parameter `slug`, checked against a collection's published records. */
export function notFound(lang: Lang, collection: string, slug: string): ProblemError {
  return new ProblemError('not-found', say(lang, 'unknownSlug', { slug, collection }))
}
