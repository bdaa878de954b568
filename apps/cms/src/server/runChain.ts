import type { NextFunction, Request, RequestHandler, Response } from 'express'

/** How a chain of middleware ended: every one passed on, one answered, or one passed an error. */
export type ChainEnd = { passed: true } | { passed: false; error?: unknown }

/**
 * Runs Express middleware that call `next` synchronously, in order, outside Express's router:
 * the front listener reuses the very functions Express runs, so both send the same headers.
 */
export function runChain(chain: readonly RequestHandler[], req: Request, res: Response): ChainEnd {
  for (const handler of chain) {
    let passed = false
    let error: unknown
    const next: NextFunction = (err?: unknown) => {
      passed = true
      if (err !== undefined && err !== 'route' && err !== 'router') error = err
    }
    void handler(req, res, next)
    if (error !== undefined) return { passed: false, error }
    if (!passed) return { passed: false }
  }
  return { passed: true }
}
