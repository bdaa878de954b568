import type { CollectionConfig } from 'payload'

import { isPreviewCollection } from '../../admin/preview/collections'
import { isEditorialSlug } from '../../importExport/collections'

/** Records a partner site can embed: their edit view links to the embed builder. */
const EMBEDDABLE = new Set(['networks', 'tandems', 'events'])

/**
 * Adds the editors' tools to the collections' admin (after whatever the collection sets
 * itself): export in every editorial list's menu, "use on a partner site" on embeddable records,
 * "preview as widget" on records with a card.
 */
export function withEditorTools(collections: CollectionConfig[]): CollectionConfig[] {
  return collections.map((collection) => {
    if (!isEditorialSlug(collection.slug)) return collection
    const components = collection.admin?.components ?? {}
    return {
      ...collection,
      admin: {
        ...collection.admin,
        components: {
          ...components,
          listMenuItems: [...(components.listMenuItems ?? []), '/components/admin/importExport/ExportMenuItems'],
          edit: {
            ...components.edit,
            beforeDocumentControls: [
              ...(components.edit?.beforeDocumentControls ?? []),
              ...(EMBEDDABLE.has(collection.slug) ? ['/components/admin/embedBuilder/PartnerSiteButton'] : []),
              ...(isPreviewCollection(collection.slug) ? ['/components/admin/preview/WidgetPreview'] : []),
            ],
          },
        },
      },
    }
  })
}
