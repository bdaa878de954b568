import type { Json } from '../helpers/api'
import { type Caller, rest } from '../helpers/records'

export const VERSIONED = ['networks', 'tandems', 'events'] as const
export const COLLECTIONS = [...VERSIONED, 'municipalities', 'projects', 'topics', 'media', 'users'] as const

export type RegisterState = Record<string, { docs: Json[]; versions: Json[] }>

const byKey = (key: (doc: Json) => string) => (a: Json, b: Json) => key(a).localeCompare(key(b))

/**
 * Everything an admin can read over REST: every record of every collection in all locales
 * (drafts included), and every version, in a stable order.
 */
export async function registerState(admin: Caller): Promise<RegisterState> {
  const state: RegisterState = {}
  for (const collection of COLLECTIONS) {
    const list = await rest(admin, 'GET', `/${collection}?locale=all&depth=0&draft=true&pagination=false`)
    if (list.status !== 200) throw new Error(`${collection} answered ${list.status}`)
    const docs = (list.body.docs as Json[]).sort(byKey((doc) => String(doc.id)))
    let versions: Json[] = []
    if ((VERSIONED as readonly string[]).includes(collection)) {
      const history = await rest(admin, 'GET', `/${collection}/versions?locale=all&depth=0&pagination=false`)
      if (history.status !== 200) throw new Error(`${collection} versions answered ${history.status}`)
      versions = (history.body.docs as Json[]).sort(byKey((version) => `${String(version.parent)} ${String(version.createdAt)}`))
    }
    state[collection] = { docs, versions }
  }
  return state
}

/** Version ids are new after a JSON import; everything else must match. */
export const withoutVersionIds = (state: RegisterState): RegisterState =>
  Object.fromEntries(
    Object.entries(state).map(([collection, { docs, versions }]) => [
      collection,
      { docs, versions: versions.map(({ id: _id, ...version }) => version) },
    ]),
  )
