import type { NextFunction, Request, Response } from 'express'

import { langFromAcceptLanguage } from '../public/i18n/lang'
import { say } from '../public/i18n/messages'
import { ProblemError, sendProblem } from '../public/http/problem'
import { type AuthRateSettings, CLIENT_IP_HEADER, createAuthBuckets } from './authThrottle'

/** Payload's REST auth endpoints that take a secret or send mail: the ones worth guessing at. */
const AUTH_PATH = /^\/api\/users\/(?:login|forgot-password|reset-password|unlock|first-register)\/?$/

/**
 * Stamps every request with the client address Express resolved, replacing whatever the client
 * sent in that header, so code behind Next (the GraphQL login) limits by the same address.
 */
export function clientAddress() {
  return (req: Request, _res: Response, next: NextFunction): void => {
    req.headers[CLIENT_IP_HEADER] = req.ip ?? req.socket.remoteAddress ?? 'unknown'
    next()
  }
}

/**
 * Per-address limit on the REST auth endpoints: past it, 429 with Retry-After as problem+json.
 * GraphQL's login mutations draw from the same buckets (see `Users` hooks).
 */
export function authRateLimit(settings: AuthRateSettings) {
  const buckets = createAuthBuckets(settings)
  return (req: Request, res: Response, next: NextFunction): void => {
    if (req.method !== 'POST' || !AUTH_PATH.test(req.path)) {
      next()
      return
    }
    const result = buckets.take(req.ip ?? req.socket.remoteAddress ?? 'unknown')
    if (result.ok) {
      next()
      return
    }
    const lang = langFromAcceptLanguage(req.headers['accept-language'])
    const retry = String(result.retryAfter)
    sendProblem(req, res, new ProblemError('too-many-requests', say(lang, 'tooManyRequests', { seconds: result.retryAfter }), undefined, { 'Retry-After': retry }), lang)
  }
}
