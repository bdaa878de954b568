import compression from 'compression'
import express, { type Express, type Request, type Response } from 'express'
import type { RequestListener } from 'node:http'
import type { Payload } from 'payload'

import { authRateLimit, clientAddress } from './authRateLimit'
import { bodySizeLimit } from './bodySizeLimit'
import { BODY_LIMIT_BYTES } from '../config/requestLimits'
import type { AuthRateSettings } from './authThrottle'
import { csrfGuard } from './csrfGuard'
import { frontListener } from './frontListener'
import { publicApi } from '../public'
import { API_PREFIX } from '../public/routes/scope'
import { healthz } from './healthz'
import { missingUpload } from './missingUpload'
import { requestLog } from './requestLog'
import { securityHeaders } from './securityHeaders'
import { svgUploadHeaders } from './svgUploadHeaders'
import { writesWithoutFallback } from './writesWithoutFallback'
import { WIDGETS_PREFIX, widgetAssets } from './widgetAssets'
import { widgetAnswer } from './widgetAnswer'
import { clientAddressOf } from './clientAddress'
import { contributeRouter } from '../contribute/router'
import { PROPOSALS_PATH } from '../public/cachedAnswer'
import { proposalsRouter } from '../proposals/router'
import { embedRouter } from '../embed/router'
import { writeScope } from '../db/writeScope'

export type NextRequestHandler = (req: Request, res: Response) => Promise<void>

export type AppOptions = {
  payload: Payload
  nextHandler: NextRequestHandler
  dev: boolean
  hsts: boolean
  trustProxy: boolean
  /** Per-address limit on login, password reset, unlock and first registration. */
  authRate: AuthRateSettings
}

export type App = {
  app: Express
  /** The HTTP server's listener: widget files and cached public answers from memory, the rest to `app`. */
  listener: RequestListener
}

/**
 * The Express app: what Payload and Next lack (headers, health, static delivery), then Next;
 * and in front of it the listener that answers the public hot path with the same middleware.
 */
export function createApp({ payload, nextHandler, dev, hsts, trustProxy, authRate }: AppOptions): App {
  const app = express()
  app.disable('x-powered-by')
  if (trustProxy) app.set('trust proxy', true)

  const log = requestLog(payload)
  const secure = securityHeaders({ dev, hsts })
  const compress = compression()
  const publicEndpoint = publicApi(payload)

  app.use(log)
  app.use(writeScope())
  app.use(secure)
  // Before compression: the widgets build compressed its files already.
  app.use(WIDGETS_PREFIX, widgetAssets())
  app.use(compress)

  app.use('/embed', embedRouter())
  app.use('/contribute', contributeRouter())
  app.get('/healthz', healthz(payload))
  app.use(clientAddress())
  app.use('/api', csrfGuard())
  app.use(['/api', '/admin'], bodySizeLimit(BODY_LIMIT_BYTES))
  app.use(authRateLimit(authRate))
  app.use('/api', missingUpload(payload))
  app.use('/api', svgUploadHeaders)
  app.use('/api', writesWithoutFallback)
  app.use(`${API_PREFIX}${PROPOSALS_PATH}`, proposalsRouter(payload))
  app.use(API_PREFIX, publicEndpoint.router)

  app.all('/{*splat}', (req, res) => nextHandler(req, res))

  const listener = frontListener(app, [
    {
      prefix: `${WIDGETS_PREFIX}/`,
      log,
      front: [secure],
      answer: widgetAnswer(),
    },
    { prefix: `${API_PREFIX}/`, log, front: [secure, compress], answer: publicEndpoint.answerCached },
  ], clientAddressOf(app))
  return { app, listener }
}
