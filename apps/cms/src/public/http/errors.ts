import type { ErrorRequestHandler, Request, Response } from 'express'

import { say } from '../i18n/messages'
import { langOf } from './lang'
import { ProblemError, sendProblem } from './problem'

type Logger = { error: (obj: { err: unknown; msg: string }) => void }

const statusOf = (error: unknown): number | undefined => {
  const status = (error as { status?: unknown; statusCode?: unknown } | null)?.status ?? (error as { statusCode?: unknown } | null)?.statusCode
  return typeof status === 'number' ? status : undefined
}

/**
 * The last handler of the router: a ProblemError becomes its problem+json; a client error that
 * Express or a body parser raised (a malformed percent-encoding, say) becomes a 400; anything
 * else is our fault, logged, and answered as 500 without internals.
 */
export function problemHandler(logger: Logger): ErrorRequestHandler {
  return (error: unknown, req: Request, res: Response, next) => {
    if (res.headersSent) {
      next(error)
      return
    }
    const lang = langOf(res)
    if (error instanceof ProblemError) {
      sendProblem(req, res, error, lang)
      return
    }
    const status = statusOf(error)
    if (status !== undefined && status >= 400 && status < 500) {
      const detail = error instanceof Error ? error.message : String(error)
      sendProblem(req, res, new ProblemError('invalid-parameter', detail), lang)
      return
    }
    logger.error({ err: error, msg: `public API: ${req.method} ${req.originalUrl} failed` })
    sendProblem(req, res, new ProblemError('internal-error', say(lang, 'internalError')), lang)
  }
}
