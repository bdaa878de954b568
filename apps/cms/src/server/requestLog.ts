import type { NextFunction, Request, Response } from 'express'
import type { Payload } from 'payload'

/** One line per request once it is answered; static build assets only at debug level. */
export function requestLog(payload: Payload) {
  return (req: Request, res: Response, next: NextFunction): void => {
    // Below info nothing would be written: no timer, no listener on the hot path.
    if (!payload.logger.isLevelEnabled('info')) {
      next()
      return
    }
    const started = process.hrtime.bigint()
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6
      const line = `${req.method} ${req.originalUrl} ${res.statusCode} ${ms.toFixed(1)}ms`
      if (req.path.startsWith('/_next/static/')) payload.logger.debug(line)
      else payload.logger.info(line)
    })
    next()
  }
}
