import type { CollectionSlug, Payload, TypedUser } from 'payload'

/** What every dashboard query needs: the editor's own access and the admin language. */
export type DashboardContext = {
  payload: Payload
  user: TypedUser
  lang: 'de' | 'en'
  /** Base of admin links, e.g. `/admin`. */
  adminRoute: string
  now: Date
}

/** The field each collection is titled by (its `useAsTitle`). */
export const TITLE_FIELD = {
  networks: 'name',
  tandems: 'title',
  municipalities: 'name',
  events: 'title',
  projects: 'name',
  topics: 'label',
} as const satisfies Partial<Record<CollectionSlug, string>>

export type TitledCollection = keyof typeof TITLE_FIELD

export const titleOf = (collection: TitledCollection, doc: object): string => {
  const fields = doc as Record<string, unknown>
  const value = fields[TITLE_FIELD[collection]]
  return typeof value === 'string' && value.trim() ? value : `#${String(fields.id ?? '')}`
}

export const recordUrl = (ctx: DashboardContext, collection: CollectionSlug, id: number | string): string =>
  `${ctx.adminRoute}/collections/${collection}/${id}`

/** The user's own view: access control applies exactly as in the rest of the admin. */
export const asUser = (ctx: DashboardContext) => ({ overrideAccess: false as const, user: ctx.user, locale: ctx.lang })
