import type { ProposalCollection } from '@vie/types'
import express, { type Router } from 'express'

import { demoHeaders } from '../embed/embedHeaders'
import { widgetBundle } from '../embed/widgetBundle'
import { contributePage } from './contributePage'
import { contributeLang } from './contributeText'

const COLLECTIONS: readonly ProposalCollection[] = ['networks', 'tandems', 'municipalities', 'events']
/** Slugs as the register forms them; anything else cannot name a record. */
const SLUG = /^[a-z0-9][a-z0-9-]{0,127}$/

/**
 * `/contribute/<collection>/<slug>` and `/contribute/events/new`: the pages where anyone may
 * propose a correction or submit an event, in German or English (`?lang=`).
 */
export function contributeRouter(): Router {
  const router = express.Router()
  router.get('/:collection/:slug', (req, res) => {
    const collection = COLLECTIONS.find((c) => c === req.params.collection)
    const lang = contributeLang(req.query.lang)
    const isNew = collection === 'events' && req.params.slug === 'new'
    if (!collection || (!isNew && !SLUG.test(req.params.slug))) {
      res.status(404).type('text').send(lang === 'de' ? 'Diese Seite gibt es nicht.' : 'There is no such page.')
      return
    }
    demoHeaders(res)
    res.setHeader('Cache-Control', 'no-cache')
    res.type('html').send(contributePage({ collection, slug: isNew ? null : req.params.slug }, lang, widgetBundle()))
  })
  return router
}
