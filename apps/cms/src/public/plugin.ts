import type { CollectionAfterChangeHook, CollectionAfterDeleteHook, Config, Plugin } from 'payload'

import { emitPublicChange } from './readModel/changeSignal'
import { RECORD_COLLECTIONS } from './readModel/raw'

const afterChange: CollectionAfterChangeHook = ({ collection }) => {
  emitPublicChange(collection.slug)
}

const afterDelete: CollectionAfterDeleteHook = ({ collection }) => {
  emitPublicChange(collection.slug)
}

/**
 * Tells the public API's read model about every change to the collections it publishes: each
 * save (publish, unpublish, draft) and each delete. The read model then decides from the
 * committed data whether anything public changed, so drafts cost a fingerprint query and nothing
 * else. Added by slug, so the collection files stay free of public-API concerns.
 */
export const publicApiPlugin =
  (): Plugin =>
  (config: Config): Config => ({
    ...config,
    collections: (config.collections ?? []).map((collection) =>
      (RECORD_COLLECTIONS as readonly string[]).includes(collection.slug)
        ? {
            ...collection,
            hooks: {
              ...collection.hooks,
              afterChange: [...(collection.hooks?.afterChange ?? []), afterChange],
              afterDelete: [...(collection.hooks?.afterDelete ?? []), afterDelete],
            },
          }
        : collection,
    ),
  })
