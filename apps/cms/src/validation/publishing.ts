import type { CollectionSlug, PayloadRequest } from 'payload'

/** What Payload hands every `validate` that matters for telling a draft from a publish. */
export type SaveOptions = {
  data?: unknown
  collectionSlug?: unknown
  req: Pick<PayloadRequest, 'context' | 'payload'>
}

const statusOf = (data: unknown): unknown =>
  data !== null && typeof data === 'object' ? (data as { _status?: unknown })._status : undefined

/**
 * Whether the state being saved is public once written. Collections without drafts publish with
 * every save. With drafts, Payload has settled the status before any `validate` runs: a draft save
 * (`?draft=true`, autosave, "Save draft") arrives as `_status: 'draft'`, a publish as
 * `'published'`, and a save that names no status keeps the stored one (`data` is the stored
 * document merged with the incoming fields). A version restore is always a draft here
 * (see hooks/restoreAsDraft), although its data carries the restored version's old status.
 */
export function savesPublished({ data, collectionSlug, req }: SaveOptions): boolean {
  const collection = typeof collectionSlug === 'string' ? req.payload?.collections?.[collectionSlug as CollectionSlug] : undefined
  if (!collection?.config.versions || !collection.config.versions.drafts) return true
  if (req.context?.isRestoringVersion === true) return false
  return statusOf(data) === 'published'
}
