import type { InvalidParam, Lang, Problem } from '@vie/types'
import type { NextFunction, Request, RequestHandler, Response } from 'express'

import { type MessageKey, problemTitles, type ProblemType, say } from '../i18n/messages'
import { langOf } from './lang'
import { requestOrigin } from './origin'

export const PROBLEM_CONTENT_TYPE = 'application/problem+json; charset=utf-8'

/**
 * Where each problem type is explained: the reference page, one anchor per type. Absolute
 * (RFC 9457 §3.1.1), so a problem read away from the request still names its type.
 */
export const problemTypeUri = (origin: string, type: ProblemType): string => `${origin.replace(/\/$/, '')}/public/v1/docs#problem-${type}`

const ORIGIN = 'vieOrigin'

/** The canonical origin (SERVER_URL) for absolute URLs in problems; the router sets it first. */
function setPublicOrigin(res: Response, origin: string | undefined): void {
  if (origin) res.locals[ORIGIN] = origin
}

/** Problems name their type by absolute URI: the configured public origin (SERVER_URL), else the request's. */
export const publicOriginMiddleware =
  (origin: string | undefined): RequestHandler =>
  (_req, res, next) => {
    setPublicOrigin(res, origin)
    next()
  }

/** The canonical origin when one is configured, the request's own origin otherwise. */
export const originOf = (req: Request, res: Response): string => requestOrigin(req, res.locals[ORIGIN] as string | undefined)

const STATUS: Record<ProblemType, number> = {
  'invalid-parameter': 400,
  'not-found': 404,
  'method-not-allowed': 405,
  'too-many-requests': 429,
  unavailable: 503,
  'internal-error': 500,
}

/** Thrown by handlers and parsers; the router's error handler turns it into problem+json. */
export class ProblemError extends Error {
  constructor(
    readonly type: ProblemType,
    readonly detail: string,
    readonly invalidParams?: InvalidParam[],
    readonly headers: Record<string, string> = {},
  ) {
    super(detail)
    this.name = 'ProblemError'
  }

  get status(): number {
    return STATUS[this.type]
  }
}

export function problemBody(error: ProblemError, lang: Lang, instance: string, origin: string): Problem {
  return {
    type: problemTypeUri(origin, error.type),
    title: problemTitles[error.type][lang],
    status: error.status,
    detail: error.detail,
    instance,
    ...(error.invalidParams?.length ? { invalidParams: error.invalidParams } : {}),
  }
}

export function sendProblem(req: Request, res: Response, error: ProblemError, lang: Lang): void {
  for (const [name, value] of Object.entries(error.headers)) res.setHeader(name, value)
  // A problem describes this request only; no cache may serve it to the next client.
  res.setHeader('Cache-Control', 'no-store')
  res.removeHeader('ETag')
  res.status(error.status).type(PROBLEM_CONTENT_TYPE).send(JSON.stringify(problemBody(error, lang, req.originalUrl, originOf(req, res))))
}

/** A rate limit's answer: 429 problem+json with Retry-After and `message` in the reader's language. */
export const tooManyRequests =
  (message: MessageKey) =>
  (req: Request, res: Response, _next: NextFunction, retryAfter: number): void =>
    sendProblem(req, res, new ProblemError('too-many-requests', say(langOf(res), message, { seconds: retryAfter }), undefined, { 'Retry-After': String(retryAfter) }), langOf(res))
