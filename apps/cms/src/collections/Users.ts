import type { CollectionConfig } from 'payload'

import { isAdmin, isAdminField } from '../access/isAdmin'
import { isAdminOrSelf } from '../access/isAdminOrSelf'
import { hasRole, ROLES } from '../access/roles'
import { graphqlAuthThrottle } from '../auth/graphqlAuthThrottle'
import { secureCookies } from '../auth/secureCookies'
import { uniformLoginFailure } from '../auth/uniformLoginFailure'
import { activeField, refuseDeactivatedLogin } from '../auth/deactivation'
import { refuseDeletingAuthors } from '../auth/refuseDeletingAuthors'

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { de: 'Benutzer:in', en: 'User' },
    plural: { de: 'Benutzer:innen', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'role', 'active'],
    group: { de: 'Verwaltung', en: 'Administration' },
  },
  auth: {
    maxLoginAttempts: 5,
    lockTime: 10 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { sameSite: 'Lax', secure: secureCookies() },
  },
  hooks: {
    beforeOperation: [graphqlAuthThrottle, uniformLoginFailure],
    beforeLogin: [refuseDeactivatedLogin],
    beforeDelete: [refuseDeletingAuthors],
  },
  access: {
    admin: ({ req }) => hasRole(req.user as { role?: string } | null, ...ROLES),
    create: isAdmin,
    read: isAdminOrSelf,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      label: { de: 'Name', en: 'Name' },
    },
    {
      name: 'role',
      type: 'select',
      required: true,
      defaultValue: 'editor',
      saveToJWT: true,
      label: { de: 'Rolle', en: 'Role' },
      options: [
        { value: 'admin', label: { de: 'Administration', en: 'Administrator' } },
        { value: 'editor', label: { de: 'Redaktion', en: 'Editor' } },
      ],
      // Only admins hand out roles; an editor must not promote themselves.
      access: { create: isAdminField, update: isAdminField },
    },
    activeField,
  ],
}
