import type { CollectionConfig, CollectionSlug } from 'payload'

import { isLoggedCollection } from '../admin/changeLog/recordChanges'
import { changeLogField } from '../fields/changeLog'
import { requireOnPublishOnly } from '../fields/requiredOnPublish'
import { limitTexts } from '../fields/textLimits'
import { refusePublishingRestore, restoreAsDraftEndpoint } from '../hooks/restoreAsDraft'

const keepsDrafts = (collection: CollectionConfig): boolean => Boolean(collection.versions && typeof collection.versions === 'object' && collection.versions.drafts)

/**
 * The editorial rules every collection follows, applied after the collections describe their
 * fields: a length limit on every text; in collections with drafts, required fields only for
 * publishing, restores as drafts only, and the change log in the sidebar.
 */
export function withEditorialIntegrity(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    const fields = limitTexts(collection.fields)
    if (!keepsDrafts(collection)) return { ...collection, fields }
    return {
      ...collection,
      fields: [...requireOnPublishOnly(fields), ...(isLoggedCollection(collection.slug) ? [changeLogField] : [])],
      endpoints: [restoreAsDraftEndpoint(collection.slug as CollectionSlug), ...(collection.endpoints || [])],
      hooks: { ...collection.hooks, beforeOperation: [...(collection.hooks?.beforeOperation ?? []), refusePublishingRestore] },
    }
  })
}
