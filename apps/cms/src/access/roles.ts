import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type UserLike = { role?: string | null; active?: boolean | null } | null | undefined

/** A deactivated account keeps its role for the record but has none of its rights. */
export const hasRole = (user: UserLike, ...roles: Role[]): boolean =>
  Boolean(user?.role && user.active !== false && (roles as string[]).includes(user.role))

export const userOf = (req: PayloadRequest): UserLike => req.user as UserLike
