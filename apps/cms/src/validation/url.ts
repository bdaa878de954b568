import type { Label } from '@vie/types'

import type { Check } from './messages'

/** An absolute http(s) address with a real host name; empty is allowed. */
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

/** A DNS label after IDNA (umlaut domains arrive as `xn--…`): letters, digits, inner hyphens. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/
const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/

/**
 * The WHATWG parser accepts host names DNS never resolves (`ostsee-digital,example.org`, `a_b.de`)
 * and names without a dot (`localhost`, `intranet`): neither is a public web address.
 */
function isPublicHostname(hostname: string): boolean {
  if (IPV4.test(hostname)) return true
  const labels = hostname.replace(/\.$/, '').split('.')
  return labels.length >= 2 && labels.every((label) => LABEL.test(label)) && !/^\d+$/.test(labels.at(-1) ?? '')
}

function isHttpUrl(value: string): boolean {
  if (NOT_IN_URLS.test(value)) return false
  if (!URL.canParse(value)) return false
  const url = new URL(value)
  return (url.protocol === 'http:' || url.protocol === 'https:') && isPublicHostname(url.hostname)
}
