/**
 * Calls the review endpoint with the admin's session cookie (same origin, so the CSRF guard lets
 * it through). Resolves to an error message, or null on success.
 */
export async function markReviewed(apiRoute: string, collection: string, ids: (number | string)[]): Promise<string | null> {
  const res = await fetch(`${apiRoute}/editorial/review`, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ collection, ids }),
  })
  if (res.ok) return null
  const body = (await res.json().catch(() => null)) as { errors?: { message?: string }[] } | null
  return body?.errors?.[0]?.message ?? `HTTP ${res.status}`
}
