import express, { type Router } from 'express'

import { demoHeaders } from '../embed/embedHeaders'
import { embedLang } from '../embed/embedText'
import { widgetBundle } from '../embed/widgetBundle'
import { PROPOSAL_COLLECTIONS } from '../proposals/allowList'
import { isSlug } from '../validation/slug'
import { contributePage } from './contributePage'

/**
 * `/contribute/<collection>/<slug>` and `/contribute/events/new`: the pages where anyone may
 * propose a correction or submit an event, in German or English (`?lang=`).
 */
export function contributeRouter(): Router {
  const router = express.Router()
  router.get('/:collection/:slug', (req, res) => {
    const collection = PROPOSAL_COLLECTIONS.find((c) => c === req.params.collection)
    const lang = embedLang(req.query.lang)
    const isNew = collection === 'events' && req.params.slug === 'new'
    if (!collection || (!isNew && !isSlug(req.params.slug))) {
      res.status(404).type('text').send(lang === 'de' ? 'Diese Seite gibt es nicht.' : 'There is no such page.')
      return
    }
    demoHeaders(res)
    res.setHeader('Cache-Control', 'no-cache')
    res.type('html').send(contributePage({ collection, slug: isNew ? null : req.params.slug }, lang, widgetBundle()))
  })
  return router
}
