import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, userOf } from './roles'

/** Editors and admins: the people who keep the records. */
export const isEditorRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(userOf(req), 'admin', 'editor')

export const isEditor: Access = isEditorRequest

/** Internal fields (review stamps) are seen and set only by the people who keep the records. */
export const isEditorField: FieldAccess = isEditorRequest
