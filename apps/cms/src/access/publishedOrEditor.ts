import type { Access } from 'payload'

import { isEditorRequest } from './isEditor'

/**
 * Editors read everything; everyone else only published records. Returned as a query rather than
 * `false` so lists, joins and GraphQL filter drafts out instead of refusing the whole request.
 */
export const publishedOrEditor: Access = ({ req }) =>
  isEditorRequest({ req }) ? true : { _status: { equals: 'published' } }
