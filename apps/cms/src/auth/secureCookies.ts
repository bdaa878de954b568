import type { Env } from '../config/env'

/**
 * Whether the session cookie carries `Secure`: `COOKIE_SECURE=true|false` decides; unset, it
 * follows SERVER_URL, since an https public URL means browsers reach the admin over TLS (usually
 * through a proxy, where the Node process itself only sees http).
 */
export function secureCookies(env: Env = process.env): boolean {
  const explicit = env.COOKIE_SECURE?.trim().toLowerCase()
  if (explicit === 'true') return true
  if (explicit === 'false') return false
  return Boolean(env.SERVER_URL?.trim().toLowerCase().startsWith('https://'))
}
