type EditorialPath = 'review' | 'link-check' | 'link-check/ignore' | `preview/${string}` | `proposals/${string}/decide`

/**
 * POSTs to one of the editorial endpoints (/api/editorial/…) with the admin's session cookie;
 * same origin, so the CSRF guard lets it through. Resolves to the answer's body, or the error
 * message.
 */
export async function requestEditorial<T>(
  apiRoute: string,
  path: EditorialPath,
  body?: unknown,
  signal?: AbortSignal,
): Promise<{ ok: true; body: T } | { ok: false; error: string }> {
  const res = await fetch(`${apiRoute}/editorial/${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
    signal,
  })
  const reply = (await res.json().catch(() => null)) as (T & { errors?: { message?: string }[] }) | null
  if (res.ok && reply) return { ok: true, body: reply }
  return { ok: false, error: reply?.errors?.[0]?.message ?? `HTTP ${res.status}` }
}

/** As requestEditorial, for callers that need only to know whether it worked: the error message, or null. */
export async function postEditorial(apiRoute: string, path: EditorialPath, body?: unknown): Promise<string | null> {
  const result = await requestEditorial(apiRoute, path, body)
  return result.ok ? null : result.error
}
