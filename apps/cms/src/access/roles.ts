import type { PayloadRequest } from 'payload'

export const ROLES = ['admin', 'editor'] as const
export type Role = (typeof ROLES)[number]

type UserLike = { role?: string | null } | null | undefined

export const hasRole = (user: UserLike, ...roles: Role[]): boolean =>
  Boolean(user?.role && (roles as string[]).includes(user.role))

export const userOf = (req: PayloadRequest): UserLike => req.user as UserLike
