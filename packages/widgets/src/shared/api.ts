/** Query values as the public API takes them: repeated names for arrays, absent when empty. */
export type QueryParams = Record<string, string | number | readonly string[] | null | undefined>

/** `/public/v1/<path>?…` under the API base, parameters in a stable order so equal queries share one URL. */
export function apiUrl(base: string, path: string, params: QueryParams = {}): string {
  const url = new URL(`public/v1/${path}`, base.endsWith('/') ? base : `${base}/`)
  for (const name of Object.keys(params).sort()) {
    const value = params[name]
    const values = Array.isArray(value) ? value : value === null || value === undefined || value === '' ? [] : [String(value)]
    for (const v of values) url.searchParams.append(name, v)
  }
  return url.href
}

/** A failed request: `status` 0 means the API was not reached at all. */
export class ApiError extends Error {
  constructor(
    readonly url: string,
    readonly status: number,
  ) {
    super(`${status || 'network error'} for ${url}`)
    this.name = 'ApiError'
  }
}

const shared = new Map<string, Promise<unknown>>()

/**
 * GETs JSON once per URL and page view: several widgets asking the same question share one
 * request and its answer. No cookies travel either way (`credentials: 'omit'`); a failure is
 * forgotten so that a retry asks again.
 */
export function getJson<T>(url: string): Promise<T> {
  let pending = shared.get(url)
  if (!pending) {
    pending = fetch(url, { credentials: 'omit', mode: 'cors', headers: { accept: 'application/json' } }).then(
      async (response) => {
        if (!response.ok) throw new ApiError(url, response.status)
        return (await response.json()) as unknown
      },
      () => {
        throw new ApiError(url, 0)
      },
    )
    shared.set(url, pending)
    pending.catch(() => shared.delete(url))
  }
  return pending as Promise<T>
}
