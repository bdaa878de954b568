import express, { type Request, type Response, type Router } from 'express'

import { STABLE_NAME } from '../embed/widgetBundle'
import { type WidgetFile, widgetFiles } from '../embed/widgetFiles'
import { matchesIfNoneMatch } from '../public/http/cache'
import { ENCODINGS } from '../public/http/renderedCache'

export const WIDGETS_PREFIX = '/widgets/v1'

const HASHED = /^\/vie-widgets\.[0-9a-f]{12}\.js$/

const crossOrigin = (res: Response): void => {
  // Partner pages on any origin load the module; it carries no credentials.
  res.setHeader('Access-Control-Allow-Origin', '*')
  res.setHeader('Cross-Origin-Resource-Policy', 'cross-origin')
}

export type FoundWidgetFile = { file: WidgetFile; cacheControl: string }

/** The built file a URL below /widgets/v1 names (the query aside), with how long it may be cached. */
export function findWidgetFile(url: string): FoundWidgetFile | undefined {
  const query = url.indexOf('?')
  const path = query === -1 ? url : url.slice(0, query)
  const { bundle, files } = widgetFiles()
  if (HASHED.test(path)) {
    const file = path === `/${bundle.hashedName}` ? files.get(STABLE_NAME) : undefined
    return file && { file, cacheControl: 'public, max-age=31536000, immutable' }
  }
  const file = files.get(path.slice(1))
  // Chunk names carry their content hash, so a chunk never changes under its name.
  const immutable = path.startsWith('/chunks/') && !path.endsWith('.map')
  return file && { file, cacheControl: immutable ? 'public, max-age=31536000, immutable' : 'public, max-age=300' }
}

/**
 * Answers a GET or HEAD for a built widget file from memory, in the encoding the build made
 * (brotli or gzip) when the client takes one. Shared by the Express route and the front
 * listener, so both send the same bytes and headers.
 */
export function sendWidgetFile(req: Request, res: Response, { file, cacheControl }: FoundWidgetFile): void {
  crossOrigin(res)
  res.setHeader('Cache-Control', cacheControl)
  res.setHeader('ETag', file.etag)
  const encodings = ENCODINGS.filter((encoding) => file.encoded[encoding])
  if (encodings.length) res.setHeader('Vary', 'Accept-Encoding')
  if (matchesIfNoneMatch(req.headers['if-none-match'], file.etag)) {
    res.statusCode = 304
    res.end()
    return
  }
  res.statusCode = 200
  res.setHeader('Content-Type', file.contentType)
  const accepted = encodings.length ? req.acceptsEncodings([...encodings, 'identity']) : false
  const encoding = encodings.find((name) => name === accepted)
  const encoded = encoding && file.encoded[encoding]
  if (encoding && encoded) res.setHeader('Content-Encoding', encoding)
  const body = encoded || file.body
  res.setHeader('Content-Length', body.length)
  if (req.method === 'HEAD') res.end()
  else res.end(body)
}

/**
 * The widget bundle for partner sites under /widgets/v1: `vie-widgets.<hash>.js` never changes
 * and is cached for a year (pages pin it with SRI); `vie-widgets.js` always names the newest
 * build and is cached briefly; `integrity.json` tells which is which. Every other built file
 * (chunks, the source map, the custom-elements manifest) comes from the same folder. Mounted
 * before the compression middleware: the build compressed these files already.
 */
export function widgetAssets(): Router {
  const router = express.Router()
  router.use((_req, res, next) => {
    crossOrigin(res)
    next()
  })

  router.get('/integrity.json', (req, res) => {
    const { hashedName, integrity } = widgetFiles().bundle
    res.setHeader('Cache-Control', 'public, max-age=300')
    res.json({ stable: `${req.baseUrl}/${STABLE_NAME}`, hashed: `${req.baseUrl}/${hashedName}`, integrity })
  })

  router.get('/{*file}', (req, res, next) => {
    const found = findWidgetFile(req.url)
    if (found) sendWidgetFile(req, res, found)
    else next()
  })
  router.use((req, res) => {
    if (req.method === 'GET' || req.method === 'HEAD') {
      res.sendStatus(404)
      return
    }
    res.setHeader('Allow', 'GET, HEAD')
    res.sendStatus(405)
  })
  return router
}
