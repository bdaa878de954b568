import type { Payload } from 'payload'

/**
 * Display names of the accounts that wrote versions, by id: the name an editor gave, else the
 * e-mail address. Read without access control, because an editor may see who changed a record
 * without being allowed to open user accounts.
 */
export async function authorNames(payload: Payload, ids: ReadonlyArray<number | string>): Promise<Map<string, string>> {
  const distinct = [...new Set(ids.map(String))]
  if (distinct.length === 0) return new Map()
  const { docs } = await payload.find({
    collection: 'users',
    where: { id: { in: distinct } },
    select: { name: true, email: true },
    depth: 0,
    pagination: false,
    overrideAccess: true,
  })
  return new Map(docs.map((user) => [String(user.id), user.name?.trim() || user.email]))
}
