import type { Request } from 'express'

/** `https://host` without a trailing slash: the configured canonical origin when there is one, else the request's own. */
export const requestOrigin = (req: Request, configured?: string): string =>
  (configured || `${req.protocol}://${req.get('host') ?? 'localhost'}`).replace(/\/$/, '')
