import sharp from 'sharp'

import { authHeaders, type Json, login } from './api'

/** Someone calling the API: anonymous (no token), an editor or an admin. */
export type Caller = { name: 'anonymous' | 'editor' | 'admin'; url: string; token?: string }

export type Reply = { status: number; body: Json }

export const ADMIN = { email: 'admin@vie.test', password: 'admin-password-123' }
export const EDITOR = { email: 'editor@vie.test', password: 'editor-password-123' }

const headersOf = (caller: Caller, extra: Record<string, string> = {}): Record<string, string> => ({
  ...(caller.token ? authHeaders(caller.token) : { 'content-type': 'application/json' }),
  ...extra,
})

/** One REST call; `path` starts after /api. */
export async function rest(
  caller: Caller,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  path: string,
  body?: unknown,
  extraHeaders: Record<string, string> = {},
): Promise<Reply> {
  const res = await fetch(`${caller.url}/api${path}`, {
    method,
    headers: headersOf(caller, extraHeaders),
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  const text = await res.text()
  return { status: res.status, body: text ? (JSON.parse(text) as Json) : {} }
}

export type GraphQLReply = { data?: Record<string, unknown> | null; errors?: { message: string }[] }

export async function graphql(caller: Caller, query: string, variables?: Json): Promise<GraphQLReply> {
  const res = await fetch(`${caller.url}/api/graphql`, {
    method: 'POST',
    headers: headersOf(caller),
    body: JSON.stringify({ query, variables }),
  })
  return (await res.json()) as GraphQLReply
}

/** The three callers of a freshly booted server: its first admin creates the editor. */
export async function callers(url: string): Promise<Record<Caller['name'], Caller>> {
  const admin: Caller = { name: 'admin', url, token: await login(url, ADMIN.email, ADMIN.password) }
  const created = await rest(admin, 'POST', '/users', { ...EDITOR, role: 'editor', name: 'Editor' })
  if (created.status !== 201) throw new Error(`editor not created: ${JSON.stringify(created.body)}`)
  return {
    anonymous: { name: 'anonymous', url },
    editor: { name: 'editor', url, token: await login(url, EDITOR.email, EDITOR.password) },
    admin,
  }
}

/** A PNG of the given size, made on the spot. */
export const pngImage = (width = 64, height = 48): Promise<Buffer> =>
  sharp({ create: { width, height, channels: 3, background: { r: 0, g: 90, b: 160 } } })
    .png()
    .toBuffer()

/** Uploads an image to /api/media the way the admin does (multipart, fields in `_payload`). */
export async function uploadImage(
  caller: Caller,
  fields: Json,
  file: { name?: string; type?: string; bytes?: Uint8Array<ArrayBuffer> } = {},
): Promise<Reply> {
  const form = new FormData()
  const bytes = file.bytes ?? new Uint8Array(await pngImage())
  form.append('file', new Blob([bytes], { type: file.type ?? 'image/png' }), file.name ?? 'logo.png')
  form.append('_payload', JSON.stringify(fields))
  const res = await fetch(`${caller.url}/api/media`, {
    method: 'POST',
    headers: caller.token ? { authorization: `JWT ${caller.token}` } : {},
    body: form,
  })
  return { status: res.status, body: (await res.json()) as Json }
}

/** The id of a created or fetched document. */
export const idOf = (reply: Reply): string => {
  const doc = (reply.body.doc ?? reply.body) as { id?: string }
  if (typeof doc.id !== 'string') throw new Error(`no id in ${reply.status} ${JSON.stringify(reply.body)}`)
  return doc.id
}

/** Field paths and messages of a REST validation error (400). */
export function fieldErrors(reply: Reply): { path: string; message: string }[] {
  const [error] = (reply.body.errors ?? []) as { data?: { errors?: { path: string; message: string }[] } }[]
  return error?.data?.errors ?? []
}
