import { type Env, positive } from '../config/env'
import { TokenBuckets } from '../public/http/rateLimit'

export type AuthRateSettings = { burst: number; perMinute: number }

/** Header the Express layer sets to the client address it resolved (honouring TRUST_PROXY). */
export const CLIENT_IP_HEADER = 'x-vie-client-ip'

/**
 * Defaults: twenty attempts at once (a team behind one NAT address logging in after a meeting),
 * then ten a minute. Five wrong passwords lock an account anyway; this limit is what stops one
 * address from trying passwords against many accounts.
 */
export function authRateSettings(env: Env = process.env): AuthRateSettings {
  return { burst: positive(env.AUTH_RATE_BURST, 20), perMinute: positive(env.AUTH_RATE_PER_MINUTE, 10) }
}

type Holder = { buckets?: TokenBuckets }
// Express (server.ts) and Payload's GraphQL route (inside the Next build) load separate copies of
// this module; the buckets live on globalThis so both channels spend the same allowance.
const holder = ((globalThis as { [key: symbol]: Holder })[Symbol.for('vie.authThrottle')] ??= {})

/** New buckets for `settings`, which become the ones GraphQL's login draws from too. */
export function createAuthBuckets(settings: AuthRateSettings): TokenBuckets {
  holder.buckets = new TokenBuckets({ burst: settings.burst, perSecond: settings.perMinute / 60 })
  return holder.buckets
}

/** The buckets the Express app created, or (no app in this process) some from the environment. */
export function sharedAuthBuckets(): TokenBuckets {
  return holder.buckets ?? createAuthBuckets(authRateSettings())
}
