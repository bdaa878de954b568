import type { NextFunction, Request, Response } from 'express'

type Policy = Record<string, string[]>

const serialize = (policy: Policy): string =>
  Object.entries(policy)
    .map(([directive, sources]) => [directive, ...sources].join(' '))
    .join('; ')

/**
 * The admin is a Next.js app: its streamed RSC payload arrives as inline scripts and Payload's UI
 * sets inline styles, so those two need 'unsafe-inline'; React's dev build also needs eval.
 * Everything else stays on this origin.
 */
export function adminContentSecurityPolicy(dev: boolean): string {
  return serialize({
    'default-src': ["'self'"],
    'script-src': ["'self'", "'unsafe-inline'", ...(dev ? ["'unsafe-eval'"] : [])],
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:', 'blob:'],
    'font-src': ["'self'", 'data:'],
    'connect-src': ["'self'", ...(dev ? ['ws:', 'wss:'] : [])],
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    'frame-ancestors': ["'none'"],
  })
}

export type SecurityHeaderOptions = { dev: boolean; hsts: boolean }

/** Headers every response carries (BSI APP.3.1); routes meant to be embedded relax framing themselves. */
export function securityHeaders({ dev, hsts }: SecurityHeaderOptions) {
  const csp = adminContentSecurityPolicy(dev)
  return (req: Request, res: Response, next: NextFunction): void => {
    res.setHeader('Content-Security-Policy', csp)
    res.setHeader('X-Content-Type-Options', 'nosniff')
    res.setHeader('Referrer-Policy', 'strict-origin-when-cross-origin')
    res.setHeader(
      'Permissions-Policy',
      'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()',
    )
    res.setHeader('X-Frame-Options', 'DENY')
    res.setHeader('Cross-Origin-Opener-Policy', 'same-origin')
    if (hsts && req.secure) {
      res.setHeader('Strict-Transport-Security', 'max-age=31536000; includeSubDomains')
    }
    next()
  }
}
