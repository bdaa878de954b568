import { isValidID, type PayloadRequest } from 'payload'

import { fail } from './respond'

/**
 * `{ collection, id }` of a request body, checked against the collections the endpoint serves; a
 * 400 response naming what is wrong otherwise. Whether the record exists is the caller's question.
 */
export function recordRef<C extends string>(
  req: PayloadRequest,
  body: unknown,
  collections: readonly C[],
): { collection: C; id: number | string } | Response {
  const { collection, id } = (typeof body === 'object' && body !== null ? body : {}) as { collection?: unknown; id?: unknown }
  if (!(collections as readonly unknown[]).includes(collection)) {
    return fail(req, 400, {
      de: `"collection" muss eine von ${collections.join(', ')} sein.`,
      en: `"collection" must be one of ${collections.join(', ')}.`,
    })
  }
  if ((typeof id !== 'string' && typeof id !== 'number') || !isValidID(id, req.payload.db.defaultIDType)) {
    return fail(req, 400, { de: '"id" muss eine gültige Datensatz-ID sein.', en: '"id" must be a valid record id.' })
  }
  return { collection: collection as C, id }
}
