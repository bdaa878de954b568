import { AuthenticationError, type CollectionBeforeOperationHook } from 'payload'

import { dummyPasswordCheck } from './dummyPasswordCheck'

type LoginData = { email?: unknown; password?: unknown }
type Stored = { lockUntil?: string | null }

/**
 * Payload answers an unknown e-mail at once and a locked account with "This user is locked",
 * both without checking a password: a caller could tell which addresses have accounts from the
 * message or the time taken. Here both fail like a wrong password: the same error, after the
 * same work. A locked user learns nothing more than "wrong"; an admin can unlock the account
 * (SECURITY.md).
 */
export const uniformLoginFailure: CollectionBeforeOperationHook = async ({ args, operation, collection, req }) => {
  if (operation !== 'login') return args
  const { email, password } = ((args as { data?: LoginData }).data ?? {}) as LoginData
  if (typeof email !== 'string') return args
  const user = (await req.payload.db.findOne({
    collection: collection.slug,
    req,
    where: { email: { equals: email.toLowerCase().trim() } },
  })) as Stored | null
  const locked = Boolean(user?.lockUntil && new Date(user.lockUntil).getTime() > Date.now())
  if (user && !locked) return args
  await dummyPasswordCheck(password)
  throw new AuthenticationError(req.t)
}
