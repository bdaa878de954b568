import type { Request, Response } from 'express'
import type { Payload } from 'payload'

import { pingDatabase } from '../db/ping'

export function healthz(payload: Payload) {
  return async (_req: Request, res: Response): Promise<void> => {
    res.setHeader('Cache-Control', 'no-store')
    try {
      await pingDatabase(payload)
      res.status(200).json({ status: 'ok', database: 'ok', uptime: Math.round(process.uptime()) })
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error)
      payload.logger.error(`healthz: database unreachable: ${message}`)
      res.status(503).json({ status: 'unavailable', database: 'unreachable', message })
    }
  }
}
