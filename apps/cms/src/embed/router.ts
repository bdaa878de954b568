import express, { type Router } from 'express'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { requestOrigin } from '../public/http/origin'
import { attributesFromQuery, elementCatalog, findElement } from './elementCatalog'
import { demoPage } from './demoPage'
import { demoHeaders, frameHeaders } from './embedHeaders'
import { embedLang, embedText } from './embedText'
import { framePage } from './framePage'
import { widgetBundle } from './widgetBundle'

const assetsDir = path.join(path.dirname(fileURLToPath(import.meta.url)), 'assets')

/**
 * `/embed`: the demo page with the snippet builder, its static assets, and the iframe pages
 * `/embed/frame/<element>?<attributes>` that partner sites without scripts embed.
 */
export function embedRouter(): Router {
  const router = express.Router()

  router.use('/assets', (_req, res, next) => {
    // Partner pages load frame-host.js as a module script, which needs CORS.
    res.setHeader('Access-Control-Allow-Origin', '*')
    res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
    next()
  })
  router.use('/assets', express.static(assetsDir, { fallthrough: false, index: false, maxAge: '5m' }))

  router.get('/', (req, res) => {
    const lang = embedLang(req.query.lang)
    demoHeaders(res)
    res.setHeader('Cache-Control', 'no-cache')
    res.type('html').send(
      demoPage({
        lang,
        t: embedText(lang),
        origin: requestOrigin(req),
        bundle: widgetBundle(),
        catalog: elementCatalog(),
        hostile: req.query.hostile !== '0',
        query: req.query,
      }),
    )
  })

  router.get('/frame/:element', (req, res) => {
    const element = findElement(req.params.element)
    if (!element) {
      res.status(404).type('text').send('Unknown element / Unbekanntes Element')
      return
    }
    frameHeaders(res)
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.type('html').send(framePage(element.tag, attributesFromQuery(element, req.query), widgetBundle()))
  })

  return router
}
