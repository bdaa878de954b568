export type Json = Record<string, unknown>

export async function login(baseUrl: string, email: string, password: string): Promise<string> {
  const res = await fetch(`${baseUrl}/api/users/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  })
  const body = (await res.json()) as { token?: string; errors?: unknown }
  if (!res.ok || !body.token) throw new Error(`login failed (${res.status}): ${JSON.stringify(body)}`)
  return body.token
}

export const authHeaders = (token: string): Record<string, string> => ({
  authorization: `JWT ${token}`,
  'content-type': 'application/json',
})
