import type { Access } from 'payload'

import { hasRole, userOf } from './roles'

/** Editors and admins: the people who keep the records. */
export const isEditor: Access = ({ req }) => hasRole(userOf(req), 'admin', 'editor')
