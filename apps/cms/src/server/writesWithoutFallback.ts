import type { NextFunction, Request, Response } from 'express'

const WRITES = new Set(['POST', 'PATCH', 'PUT'])

/**
 * A write answers with what it stored, never with German stand-ins for missing English texts.
 * The admin puts that answer back into the form: its "Änderungen veröffentlichen / Publish changes"
 * request, unlike its draft and autosave requests, asks Payload with the locale fallback on, so an
 * English name left empty came back holding the German one, and the next save stored it as English.
 * GraphQL is left alone: its POSTs are mostly reads, which keep the fallback.
 */
export function writesWithoutFallback(req: Request, _res: Response, next: NextFunction): void {
  if (WRITES.has(req.method) && !req.path.startsWith('/graphql') && !('fallback-locale' in req.query) && !('fallbackLocale' in req.query)) {
    req.url += `${req.url.includes('?') ? '&' : '?'}fallback-locale=null`
  }
  next()
}
