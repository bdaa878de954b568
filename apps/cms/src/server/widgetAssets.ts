import express, { type Router } from 'express'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The built widget bundle (packages/widgets/dist), served under /widgets/v1 for partner sites. */
export function widgetAssets(): Router {
  const bundle = fileURLToPath(import.meta.resolve('@vie/widgets/bundle'))
  const router = express.Router()
  router.use(
    express.static(path.dirname(bundle), {
      fallthrough: false,
      maxAge: '5m',
      setHeaders: (res) => {
        // Partner pages on any origin load the module; it carries no credentials.
        res.setHeader('Access-Control-Allow-Origin', '*')
        res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
      },
    }),
  )
  return router
}
