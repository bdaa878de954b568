import type { Lang } from '@vie/types'

import type { CsvColumn } from '../formats/csv'
import type { JsonLd, Urls } from '../formats/jsonld'
import { formatSpec, langSpec } from '../query/common'
import { parseParams, type RawQuery } from '../query/params'
import type { Snapshot } from '../readModel/snapshot'
import { type Format, sendCsv, sendDump, sendRecord } from './respond'
import type { RouteDef, Text } from './routeDef'
import type { Scope } from './scope'
import { notFound } from './scope'

const detailSpecs = () => ({ ...langSpec, ...formatSpec })

type DetailOptions<T> = Pick<RouteDef, 'operationId' | 'tag' | 'summary'> & {
  /** Plural resource name: path segment, collection name in messages. */
  collection: 'networks' | 'tandems' | 'municipalities' | 'events'
  slug: Text
  schema: string
  find: (scope: Scope, slug: string) => T | undefined
  jsonld: (dto: T, urls: Urls, lang: Lang) => JsonLd
}

/** `GET /{collection}/{slug}`: one published record as JSON or JSON-LD, 404 for anything else. */
export function detailRoute<T>(options: DetailOptions<T>): RouteDef {
  const { collection } = options
  return {
    path: `/${collection}/{slug}`,
    express: `/${collection}/:slug`,
    operationId: options.operationId,
    tag: options.tag,
    summary: options.summary,
    params: detailSpecs,
    slug: options.slug,
    ok: [{ type: 'application/json', schema: options.schema }, { type: 'application/ld+json' }],
    handle: (req, res, scope) => {
      const { format } = parseParams(req.query as RawQuery, detailSpecs(), scope.parse)
      const slug = String(req.params.slug)
      const dto = options.find(scope, slug)
      if (dto === undefined) throw notFound(scope.lang, collection, slug)
      sendRecord(req, res, format as Format, dto, () => options.jsonld(dto, scope.urls, scope.lang))
    },
  }
}

type OpenDataOptions<T> = {
  collection: 'networks' | 'tandems' | 'events'
  /** "networks" in both languages, for the summaries. */
  plural: Text
  columns: CsvColumn<T>[]
  /** The JSON dump's schema component. */
  schema: string
  rows: (snapshot: Snapshot, lang: Lang) => T[]
}

/** `GET /{collection}.csv` and `GET /{collection}.json`: every published record, with the licence. */
export function openDataRoutes<T>({ collection, plural, columns, schema, rows }: OpenDataOptions<T>): RouteDef[] {
  const summary = (format: string): Text => ({
    de: `Alle veröffentlichten ${plural.de} als ${format}`,
    en: `All published ${plural.en} as ${format}`,
  })
  return [
    {
      path: `/${collection}.csv`,
      express: `/${collection}.csv`,
      operationId: `${collection}Csv`,
      tag: 'open data',
      summary: summary('CSV'),
      params: () => langSpec,
      ok: [{ type: 'text/csv' }],
      handle: (req, res, scope) => {
        parseParams(req.query as RawQuery, langSpec, scope.parse)
        sendCsv(req, res, scope.lang, collection, columns, rows(scope.snapshot, scope.lang))
      },
    },
    {
      path: `/${collection}.json`,
      express: `/${collection}.json`,
      operationId: `${collection}Json`,
      tag: 'open data',
      summary: summary('JSON'),
      params: () => langSpec,
      ok: [{ type: 'application/json', schema }],
      handle: (req, res, scope) => {
        parseParams(req.query as RawQuery, langSpec, scope.parse)
        sendDump(req, res, scope, collection, rows(scope.snapshot, scope.lang))
      },
    },
  ]
}
