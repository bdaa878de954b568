import type { CollectionSlug, PayloadRequest } from 'payload'

import { BILINGUAL_LISTS, listFieldValues } from './listFields'
import { localizedTexts } from './localizedTexts'
import { writeInternalFields } from '../../endpoints/writeInternalFields'

/**
 * Records saved before the computed list fields existed get them here, from their newest state
 * in both languages, written like bookkeeping: no new version, `updatedAt` unchanged.
 */
export async function fillBilingualListFieldsOfStoredRecords(req: PayloadRequest): Promise<void> {
  const { payload } = req
  for (const [slug, options] of Object.entries(BILINGUAL_LISTS)) {
    const collection = slug as CollectionSlug
    const config = payload.collections[collection]?.config
    if (!config) continue
    const { docs } = await payload.find({ collection, locale: 'all', draft: true, depth: 0, pagination: false, overrideAccess: true, req })
    for (const doc of docs as unknown as Record<string, unknown>[]) {
      const texts = localizedTexts(config.flattenedFields, doc, undefined, 'de')
      const marked = Array.isArray(doc.germanFromEnglish) ? doc.germanFromEnglish : []
      const values = listFieldValues(texts, options, options.alsoSearch.map((name) => doc[name]), marked)
      // The adapter stamps `updatedAt` on every write unless it is given: keep the editorial one.
      await writeInternalFields(req, collection, doc.id as string, { ...values, updatedAt: doc.updatedAt })
    }
  }
}
