/**
 * The URL when it is an absolute http(s) address, else undefined: records are edited by people,
 * and a `javascript:` or `data:` link in a partner city's page must never become clickable.
 */
export function httpUrl(value: string | null | undefined): string | undefined {
  if (!value) return undefined
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:' ? url.href : undefined
  } catch {
    return undefined
  }
}
