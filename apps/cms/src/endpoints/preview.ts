import { type Endpoint, isValidID, type PayloadRequest } from 'payload'

import { isPreviewCollection, PREVIEW_COLLECTIONS } from '../admin/preview/collections'
import { previewRecord } from '../admin/preview/previewRecord'
import { isObject } from '../validation/isObject'
import { fail, jsonBody, refuseNonEditors } from './respond'

/**
 * POST /api/editorial/preview/<networks|tandems> `{ id?, locale, data }`: the widget card's data
 * in German and English for the edit form's unsaved values (`data`, in the form's `locale`) on
 * top of the stored record `id` (none for a new record). Nothing is written.
 */
export const previewEndpoint: Endpoint = {
  path: '/editorial/preview/:collection',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const refused = refuseNonEditors(req)
    if (refused) return refused
    const collection = req.routeParams?.collection
    if (!isPreviewCollection(collection)) {
      return fail(req, 400, {
        de: `Vorschau gibt es für ${PREVIEW_COLLECTIONS.join(', ')}, nicht für "${String(collection)}".`,
        en: `Previews exist for ${PREVIEW_COLLECTIONS.join(', ')}, not for "${String(collection)}".`,
      })
    }
    const body = await jsonBody(req)
    if (!isObject(body) || !isObject(body.data)) {
      return fail(req, 400, { de: '"data" muss die Felder des Formulars als Objekt enthalten.', en: '"data" must hold the form\'s fields as an object.' })
    }
    if (body.locale !== 'de' && body.locale !== 'en') {
      return fail(req, 400, { de: '"locale" muss "de" oder "en" sein.', en: '"locale" must be "de" or "en".' })
    }
    const id = body.id ?? null
    if (id !== null && ((typeof id !== 'string' && typeof id !== 'number') || !isValidID(id, req.payload.db.defaultIDType))) {
      return fail(req, 400, { de: '"id" muss eine gültige Datensatz-ID sein.', en: '"id" must be a valid record id.' })
    }
    let preview: Awaited<ReturnType<typeof previewRecord>>
    try {
      preview = await previewRecord(req, collection, id, body.locale, body.data)
    } catch (error) {
      // The form's values are checked on save, not here: whatever the mapping cannot read is the input's fault.
      req.payload.logger.warn({ err: error, msg: 'preview: form data could not be mapped' })
      return fail(req, 400, { de: 'Aus diesen Formulardaten lässt sich keine Vorschau erzeugen.', en: 'These form values cannot be previewed.' })
    }
    if (!preview) return fail(req, 400, { de: `Den Datensatz ${String(id)} gibt es nicht.`, en: `Record ${String(id)} does not exist.` })
    return Response.json(preview)
  },
}
