import { APIError, type CollectionBeforeOperationHook } from 'payload'

import { CLIENT_IP_HEADER, sharedAuthBuckets } from '../server/authThrottle'

const GUARDED = new Set(['login', 'forgotPassword', 'resetPassword'])

/**
 * The GraphQL twin of the REST auth rate limit: Express cannot see which mutation a GraphQL body
 * holds, so the limit is applied here, per client address as Express resolved it.
 */
export const graphqlAuthThrottle: CollectionBeforeOperationHook = ({ args, operation, req }) => {
  if (req.payloadAPI !== 'GraphQL' || !GUARDED.has(operation)) return args
  const address = req.headers.get(CLIENT_IP_HEADER) ?? 'unknown'
  const result = sharedAuthBuckets().take(address)
  if (result.ok) return args
  throw new APIError(
    `Too many sign-in attempts from this address; retry after ${result.retryAfter} s. / ` +
      `Zu viele Anmeldeversuche von dieser Adresse; bitte nach ${result.retryAfter} s erneut versuchen.`,
    429,
    undefined,
    true,
  )
}
