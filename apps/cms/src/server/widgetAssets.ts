import path from 'node:path'

import express, { type Response, type Router } from 'express'

import { STABLE_NAME, widgetBundle } from '../embed/widgetBundle'

const crossOrigin = (res: Response): void => {
  // Partner pages on any origin load the module; it carries no credentials.
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
}

/**
 * The widget bundle for partner sites under /widgets/v1: `vie-widgets.<hash>.js` never changes
 * and is cached for a year (pages pin it with SRI); `vie-widgets.js` always names the newest
 * build and is cached briefly; `integrity.json` tells which is which. The source map and the
 * custom-elements manifest come from the same folder, and so do the chunks of the elements
 * the bundle loads only when a page uses them (`chunks/<tag>.<hash>.js`).
 */
export function widgetAssets(): Router {
  const router = express.Router()
  router.use((_req, res, next) => {
    crossOrigin(res)
    next()
  })

  router.get('/integrity.json', (req, res) => {
    const { hashedName, integrity } = widgetBundle()
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.json({ stable: `${req.baseUrl}/${STABLE_NAME}`, hashed: `${req.baseUrl}/${hashedName}`, integrity })
  })

  router.get(/^\/vie-widgets\.[0-9a-f]{12}\.js$/, (req, res, next) => {
    const { hashedName, body } = widgetBundle()
    if (req.path !== `/${hashedName}`) return next()
    res.setHeader('Cache-Control', 'public, max-age=31536000, immutable')
    res.type('text/javascript').send(body)
  })

  // Chunk names carry their content hash, so a chunk never changes under its name.
  router.use('/chunks', express.static(path.join(widgetBundle().dir, 'chunks'), { fallthrough: false, index: false, immutable: true, maxAge: '1y' }))
  router.use(express.static(widgetBundle().dir, { fallthrough: false, index: false, maxAge: '5m' }))
  return router
}
