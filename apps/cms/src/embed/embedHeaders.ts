import type { Response } from 'express'

/**
 * The strictest policy the widgets work under: scripts and styles from this origin only, no
 * inline code, no eval, requests only to this origin. It is what the demo proves.
 */
const strictPolicy = (frameAncestors: string): string =>
  [
    "default-src 'none'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "connect-src 'self'",
    "frame-src 'self'",
    "form-action 'self'",
    "base-uri 'none'",
    `frame-ancestors ${frameAncestors}`,
  ].join('; ')

/** The demo and docs page: strict, and framed by nobody else. */
export function demoHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', strictPolicy("'self'"))
  res.setHeader('X-Frame-Options', 'SAMEORIGIN')
}

/** Frame pages exist to be embedded by partner sites on any origin; only they allow it. */
export function frameHeaders(res: Response): void {
  res.setHeader('Content-Security-Policy', strictPolicy('*'))
  res.removeHeader('X-Frame-Options')
}
