import type { NextFunction, Request, Response } from 'express'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { Payload } from 'payload'

export type RequestLog = ((req: Request, res: Response, next: NextFunction) => void) & {
  /**
   * Notes an answer the front listener has just sent whole from memory; such answers are
   * written as one line per request kind and second (see `sentFromMemory`).
   */
  sent: (req: IncomingMessage, res: ServerResponse) => void
}

/** How long answers from memory are gathered before their lines are written. */
const GATHER_MS = 1000

/** Distinct kinds gathered at most; one more writes what there is at once. */
const MAX_KINDS = 1000

/**
 * Answers from memory come by the thousand per second: a line each would cost more than the
 * answer (pino formats and writes synchronously). They are counted per method, URL and status
 * instead, and written once a second as `GET /public/v1/networks 200 ×1234 from memory`.
 */
function sentFromMemory(write: (line: string) => void): (req: IncomingMessage, res: ServerResponse) => void {
  let gathered = new Map<string, number>()
  let timer: NodeJS.Timeout | undefined
  const flush = (): void => {
    const lines = gathered
    gathered = new Map()
    timer = undefined
    for (const [kind, count] of lines) write(`${kind} ×${count} from memory`)
  }
  return (req, res) => {
    const kind = `${req.method} ${req.url} ${res.statusCode}`
    const count = gathered.get(kind)
    if (count === undefined && gathered.size >= MAX_KINDS) flush()
    gathered.set(kind, (count ?? 0) + 1)
    timer ??= setTimeout(flush, GATHER_MS)
  }
}

/** One line per request once it is answered; static build assets only at debug level. */
export function requestLog(payload: Payload): RequestLog {
  const enabled = () => payload.logger.isLevelEnabled('info')
  const middleware = (req: Request, res: Response, next: NextFunction): void => {
    // Below info nothing would be written: no timer, no listener on the hot path.
    if (!enabled()) {
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
  const gather = sentFromMemory((line) => payload.logger.info(line))
  const sent = (req: IncomingMessage, res: ServerResponse): void => {
    if (enabled()) gather(req, res)
  }
  return Object.assign(middleware, { sent })
}
