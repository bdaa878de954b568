import type { Access, FieldAccess } from 'payload'

import { hasRole, userOf } from './roles'

export const isAdmin: Access = ({ req }) => hasRole(userOf(req), 'admin')

export const isAdminField: FieldAccess = ({ req }) => hasRole(userOf(req), 'admin')
