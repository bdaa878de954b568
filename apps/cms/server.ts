import http from 'node:http'
import next from 'next'

import { initPayload } from './src/boot/initPayload'
import { appRoot } from './src/config/paths'
import { authRateSettings } from './src/server/authThrottle'
import { createApp } from './src/server/createApp'
import { installGracefulShutdown } from './src/server/gracefulShutdown'

const dev = process.env.NODE_ENV !== 'production'

const payload = await initPayload()

const port = Number.parseInt(process.env.PORT ?? '3000', 10)
const nextApp = next({ dev, dir: appRoot })
await nextApp.prepare()
const handle = nextApp.getRequestHandler()

const { listener } = createApp({
  payload,
  nextHandler: (req, res) => handle(req, res),
  dev,
  hsts: process.env.HSTS !== 'false',
  trustProxy: process.env.TRUST_PROXY === 'true',
  authRate: authRateSettings(),
})

const server = http.createServer(listener)
installGracefulShutdown(server, payload, Number(process.env.SHUTDOWN_TIMEOUT_MS ?? 10_000))

server.once('error', (error: NodeJS.ErrnoException) => {
  const reason = error.code === 'EADDRINUSE' ? `port ${port} is already in use (set PORT to another one)` : error.message
  payload.logger.fatal(`cannot listen: ${reason}`)
  process.exit(1)
})
server.listen(port, () => {
  const address = server.address()
  const actualPort = typeof address === 'object' && address ? address.port : port
  const base = `http://localhost:${actualPort}`
  // Printed whatever LOG_LEVEL says: people and scripts (tests, benchmarks) wait for this line.
  process.stdout.write(
    `VIE listening on ${base} (${dev ? 'development' : 'production'})\n` +
      `  admin ${base}/admin · REST ${base}/api · public API ${base}/public/v1 · widgets ${base}/widgets/v1/vie-widgets.js\n`,
  )
})
