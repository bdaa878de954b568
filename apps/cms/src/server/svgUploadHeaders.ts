import type { NextFunction, Request, Response } from 'express'

/**
 * Opened directly, an uploaded SVG is a document on this origin. `sandbox` gives it no script,
 * no forms and no same-origin rights even if something slipped past the upload sanitizer
 * (src/uploads/sanitizeSvg.ts); `default-src 'none'` lets it load nothing; `nosniff` keeps
 * browsers from reading it as anything else. Set here, before Payload answers, because the
 * general security headers would otherwise stand.
 */
export const SVG_CONTENT_SECURITY_POLICY = "sandbox; default-src 'none'; style-src 'unsafe-inline'; img-src data:"

export function svgUploadHeaders(req: Request, res: Response, next: NextFunction): void {
  if (/\/file\/[^/]+\.svg$/i.test(req.path)) {
    res.setHeader('Content-Security-Policy', SVG_CONTENT_SECURITY_POLICY)
    res.setHeader('X-Content-Type-Options', 'nosniff')
  }
  next()
}
