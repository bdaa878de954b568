import type { Lang } from '@vie/types'

import type { ParamSpecs } from '../query/params'
import type { Snapshot } from '../readModel/snapshot'
import type { ScopedHandler } from './scope'

export type Text = Record<Lang, string>

/** One media type a route answers with; `schema` names a component of the OpenAPI document. */
export type Representation = { type: string; schema?: string }

/**
 * One GET route of the public API. The router mounts `handle` at `express`, and the OpenAPI
 * document is generated from the same definitions, so what is documented is what is served.
 */
export type RouteDef = {
  /** OpenAPI path template, e.g. `/networks/{slug}`. */
  path: string
  /** Express 5 path, e.g. `/networks/:slug`. */
  express: string
  operationId: string
  tag: 'networks' | 'tandems' | 'municipalities' | 'partners' | 'events' | 'statistics' | 'open data' | 'meta'
  summary: Text
  description?: Text
  /** Query parameters, with allowed values from the current data. */
  params: (snapshot: Snapshot) => ParamSpecs
  /** Whether the path has a `{slug}` parameter (answers 404 for unknown slugs). */
  slug?: Text
  ok: Representation[]
  /** List routes send Link and X-Total-Count. */
  paged?: boolean
  handle: ScopedHandler
}
