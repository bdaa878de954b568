import type { NextFunction, Request, Response } from 'express'

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS'])

const hostOf = (origin: string): string | null => {
  try {
    return new URL(origin).host
  } catch {
    return null
  }
}

const hasSessionCookie = (req: Request): boolean => /(?:^|;\s*)payload-token=/.test(req.headers.cookie ?? '')

/**
 * Cookie-authenticated writes must come from the admin's own origin. Browsers send `Origin` (or
 * at least `Sec-Fetch-Site`) with every cross-site write, so a page elsewhere cannot make an
 * editor's browser change records. Token-authenticated clients (Authorization header) carry no
 * ambient credentials and pass.
 */
export function csrfGuard() {
  return (req: Request, res: Response, next: NextFunction): void => {
    if (SAFE_METHODS.has(req.method) || req.headers.authorization || !hasSessionCookie(req)) {
      next()
      return
    }
    // Hosts, not full origins: behind a TLS proxy the scheme Express sees is not the browser's.
    const origin = req.get('origin')
    const crossSite = origin ? hostOf(origin) !== req.host : req.get('sec-fetch-site') === 'cross-site'
    if (!crossSite) {
      next()
      return
    }
    res.status(403).json({
      errors: [
        {
          message:
            'Cross-site request refused: a write with a session cookie must come from this site. ' +
            '/ Seitenübergreifende Anfrage abgelehnt: Schreibzugriffe mit Sitzungs-Cookie nur von dieser Website.',
        },
      ],
    })
  }
}
