/**
 * POSTs to one of the editorial endpoints (/api/editorial/…) with the admin's session cookie;
 * same origin, so the CSRF guard lets it through. Resolves to the error message, or null.
 */
export async function postEditorial(apiRoute: string, path: 'review' | 'link-check', body?: unknown): Promise<string | null> {
  const res = await fetch(`${apiRoute}/editorial/${path}`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: body === undefined ? {} : { 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (res.ok) return null
  const reply = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return reply?.errors?.[0]?.message ?? `HTTP ${res.status}`
}
