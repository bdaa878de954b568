import fs from 'node:fs/promises'
import path from 'node:path'

import { Router } from 'express'
import type { Payload } from 'payload'

import { uploadDirs } from '../backup/uploads'

const MESSAGE = {
  de: 'Diese Datei gibt es nicht (mehr).',
  en: 'This file does not exist (any more).',
}

/**
 * Payload answers a request for an upload whose file is gone (an image deleted, a link kept in
 * some partner page) with a 500. That is the caller's bad link, not a server fault: answer 404.
 * Names that are not plain file names go on to Payload, which refuses them itself.
 */
export function missingUpload(payload: Payload): Router {
  const dirs = new Map(uploadDirs(payload.config).map(({ slug, staticDir }) => [slug, staticDir]))
  const router = Router()
  router.get('/:collection/file/:filename', async (req, res, next) => {
    const dir = dirs.get(req.params.collection)
    const name = req.params.filename
    if (!dir || name !== path.basename(name) || name.startsWith('.')) return next()
    const exists = await fs.access(path.join(dir, name)).then(
      () => true,
      () => false,
    )
    if (exists) return next()
    const lang = req.acceptsLanguages('de', 'en') === 'en' ? 'en' : 'de'
    res.status(404).json({ errors: [{ message: MESSAGE[lang] }] })
  })
  return router
}
