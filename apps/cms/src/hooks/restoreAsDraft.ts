import type { Label } from '@vie/types'
import {
  APIError,
  type CollectionBeforeOperationHook,
  type CollectionSlug,
  type Endpoint,
  headersWithCors,
  type PayloadRequest,
  restoreVersionOperation,
} from 'payload'

import { inLanguageOf } from '../validation/messages'

const RESTORED: Label = {
  de: 'Version als Entwurf wiederhergestellt. Öffentlich wird sie erst, wenn Sie sie veröffentlichen.',
  en: 'Version restored as a draft. It becomes public only when you publish it.',
}

const PUBLISHING_RESTORE: Label = {
  de: 'Eine Version wird nur als Entwurf wiederhergestellt (draft: true); veröffentlichen Sie danach eigens.',
  en: 'A version is restored as a draft only (draft: true); publish it as a separate step.',
}

/**
 * Restoring a version writes it as the newest draft and leaves the published record alone, so
 * an old state never goes public by one click; publishing it is the editor's next, separate step.
 * This takes the place of Payload's own `POST /api/<collection>/versions/:id`, whose `draft`
 * query flag would otherwise decide (the admin's main "Restore" button sends `draft=false`).
 */
export const restoreAsDraftEndpoint = (slug: CollectionSlug): Endpoint => ({
  path: '/versions/:id',
  method: 'post',
  handler: async (req: PayloadRequest) => {
    const raw = String(req.routeParams?.id ?? '')
    const id = req.payload.db.defaultIDType === 'number' ? Number(raw) : raw
    const depth = Number(req.searchParams.get('depth') ?? Number.NaN)
    const result = await restoreVersionOperation({
      id: id as never,
      collection: req.payload.collections[slug],
      depth: Number.isInteger(depth) ? depth : undefined,
      draft: true,
      req,
    })
    return Response.json(
      { ...result, message: inLanguageOf(req, RESTORED) },
      { headers: headersWithCors({ headers: new Headers(), req }), status: 200 },
    )
  },
})

/** GraphQL and the Local API reach the restore operation without the endpoint: a restore that would publish is refused there. */
export const refusePublishingRestore: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (operation === 'restoreVersion' && (args as { draft?: boolean }).draft !== true) {
    throw new APIError(inLanguageOf(req, PUBLISHING_RESTORE), 400, undefined, true)
  }
  return args
}
