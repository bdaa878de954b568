import type { CollectionConfig } from 'payload'

import { isEditor } from './isEditor'
import { publishedOrEditor } from './publishedOrEditor'

/**
 * Networks, tandems and events: the public sees what is published; drafts, their history and
 * every change belong to editors (and admins).
 */
export const editorialRecordAccess: NonNullable<CollectionConfig['access']> = {
  read: publishedOrEditor,
  readVersions: isEditor,
  create: isEditor,
  update: isEditor,
  delete: isEditor,
}
