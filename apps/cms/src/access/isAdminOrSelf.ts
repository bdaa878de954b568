import type { Access } from 'payload'

import { hasRole, userOf } from './roles'

export const isAdminOrSelf: Access = ({ req }) => {
  if (hasRole(userOf(req), 'admin')) return true
  if (req.user) return { id: { equals: req.user.id } }
  return false
}
