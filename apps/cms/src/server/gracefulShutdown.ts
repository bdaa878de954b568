import type { Server } from 'node:http'
import type { Payload } from 'payload'

/**
 * On SIGTERM/SIGINT: stop accepting connections, let requests in flight finish, close the
 * database, exit. A request that hangs longer than `timeoutMs` is cut off so a deploy never stalls.
 */
export function installGracefulShutdown(server: Server, payload: Payload, timeoutMs: number): void {
  let stopping = false
  const stop = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second Ctrl-C means "now"; a repeated SIGTERM from an orchestrator changes nothing.
      if (signal === 'SIGINT') process.exit(130)
      return
    }
    stopping = true
    payload.logger.info(`${signal} received: finishing requests in flight, then shutting down`)
    const force = setTimeout(() => {
      payload.logger.warn(`requests still open after ${timeoutMs} ms: closing them`)
      server.closeAllConnections()
    }, timeoutMs)
    force.unref()
    server.close(() => {
      clearTimeout(force)
      void Promise.resolve(payload.db.destroy?.())
        .catch((error: unknown) => payload.logger.error({ err: error, msg: 'closing the database failed' }))
        .finally(() => {
          payload.logger.info('shut down cleanly')
          process.exit(0)
        })
    })
    server.closeIdleConnections()
  }
  // Keep-alive connections would otherwise hold close() open until their idle timeout.
  server.on('request', (_req, res) => {
    res.on('finish', () => {
      if (stopping) setImmediate(() => server.closeIdleConnections())
    })
  })
  process.on('SIGTERM', stop)
  process.on('SIGINT', stop)
}
