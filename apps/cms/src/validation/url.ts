import type { Label } from '@vie/types'

import type { Check } from './messages'

/** An absolute http(s) address with a host; empty is allowed. */
export function checkHttpUrl(value: unknown, field: Label): Check {
  if (value === null || value === undefined || value === '') return true
  if (typeof value === 'string' && isHttpUrl(value)) return true
  return {
    de: `${field.de}: Bitte eine vollständige Webadresse mit http:// oder https:// angeben.`,
    en: `${field.en}: enter a complete web address starting with http:// or https://.`,
  }
}

/**
 * Characters RFC 3986 never allows raw in a URL: whitespace, controls, quotes, angle brackets and
 * friends. `new URL` would quietly percent-encode them; refusing them keeps markup out of links.
 */
// eslint-disable-next-line no-control-regex -- control characters are exactly what this refuses
const NOT_IN_URLS = /[\s\u0000-\u001f\u007f"<>`{}|\\^]/

function isHttpUrl(value: string): boolean {
  if (NOT_IN_URLS.test(value)) return false
  try {
    const url = new URL(value)
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname.includes('.')
  } catch {
    return false
  }
}
