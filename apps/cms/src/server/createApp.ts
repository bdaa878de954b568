import compression from 'compression'
import express, { type Express, type Request, type Response } from 'express'
import type { Payload } from 'payload'

import { authRateLimit, clientAddress } from './authRateLimit'
import { bodySizeLimit } from './bodySizeLimit'
import { BODY_LIMIT_BYTES } from '../config/requestLimits'
import type { AuthRateSettings } from './authThrottle'
import { csrfGuard } from './csrfGuard'
import { publicApi } from '../public'
import { healthz } from './healthz'
import { missingUpload } from './missingUpload'
import { requestLog } from './requestLog'
import { securityHeaders } from './securityHeaders'
import { svgUploadHeaders } from './svgUploadHeaders'
import { widgetAssets } from './widgetAssets'
import { contributeRouter } from '../contribute/router'
import { embedRouter } from '../embed/router'

export type NextRequestHandler = (req: Request, res: Response) => Promise<void>

export type AppOptions = {
  payload: Payload
  nextHandler: NextRequestHandler
  dev: boolean
  hsts: boolean
  trustProxy: boolean
  /** Per-address limit on login, password reset, unlock and first registration. */
  authRate: AuthRateSettings
  /** Benchmarks only: a folder served at /bench-static, the static-file baseline of `pnpm bench`. */
  benchStaticDir?: string
}

/** The Express app: what Payload and Next lack (headers, health, static delivery), then Next. */
export function createApp({ payload, nextHandler, dev, hsts, trustProxy, authRate, benchStaticDir }: AppOptions): Express {
  const app = express()
  app.disable('x-powered-by')
  if (trustProxy) app.set('trust proxy', true)

  app.use(requestLog(payload))
  app.use(securityHeaders({ dev, hsts }))
  app.use(compression())

  app.use('/embed', embedRouter())
  app.use('/contribute', contributeRouter())
  app.get('/healthz', healthz(payload))
  app.use('/widgets/v1', widgetAssets())
  app.use(clientAddress())
  app.use('/api', csrfGuard())
  app.use(['/api', '/admin'], bodySizeLimit(BODY_LIMIT_BYTES))
  app.use(authRateLimit(authRate))
  app.use('/api', missingUpload(payload))
  app.use('/api', svgUploadHeaders)
  app.use('/public/v1', publicApi(payload).router)
  if (benchStaticDir) app.use('/bench-static', express.static(benchStaticDir))

  app.all('/{*splat}', (req, res) => nextHandler(req, res))
  return app
}
