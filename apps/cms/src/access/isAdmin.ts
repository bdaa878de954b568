import type { Access, FieldAccess, PayloadRequest } from 'payload'

import { hasRole, userOf } from './roles'

/** The plain predicate, for places that take a request rather than access arguments (jobs). */
export const isAdminRequest = ({ req }: { req: PayloadRequest }): boolean => hasRole(userOf(req), 'admin')

export const isAdmin: Access = isAdminRequest

export const isAdminField: FieldAccess = isAdminRequest
