import { dcatCatalog } from '../catalog/dcat'
import { docsPage } from '../docs/page'
import { JSONLD_CONTENT_TYPE } from '../formats/jsonld'
import { CONTEXT_PATH, JSONLD_CONTEXT } from '../formats/jsonldContext'
import { sendCacheable, sendJson } from '../http/cache'
import { openApiDocument } from '../openapi/document'
import { langSpec } from '../query/common'
import { parseParams, type RawQuery } from '../query/params'
import type { RouteDef } from './routeDef'

/** The self-descriptions; `all` gives every route (these included) to document. */
export function metaRoutes(all: () => RouteDef[]): RouteDef[] {
  return [
    {
      path: '/openapi.json',
      express: '/openapi.json',
      operationId: 'openApi',
      tag: 'meta',
      summary: { de: 'Diese Beschreibung als OpenAPI 3.1', en: 'This description as OpenAPI 3.1' },
      params: () => langSpec,
      ok: [{ type: 'application/json' }],
      handle: (req, res, scope) => {
        parseParams(req.query as RawQuery, langSpec, scope.parse)
        sendJson(req, res, openApiDocument(all(), scope.snapshot, scope.api, scope.lang))
      },
    },
    {
      path: '/docs',
      express: '/docs',
      operationId: 'docs',
      tag: 'meta',
      summary: { de: 'Referenz als HTML-Seite', en: 'Reference as an HTML page' },
      params: () => langSpec,
      ok: [{ type: 'text/html' }],
      handle: (req, res, scope) => {
        parseParams(req.query as RawQuery, langSpec, scope.parse)
        sendCacheable(req, res, docsPage(all(), scope.snapshot, scope.lang), 'text/html; charset=utf-8')
      },
    },
    {
      path: CONTEXT_PATH,
      express: CONTEXT_PATH,
      operationId: 'jsonLdContext',
      tag: 'meta',
      summary: {
        de: 'JSON-LD-Kontext aller JSON-LD-Antworten (Begriffe von schema.org)',
        en: 'JSON-LD context of every JSON-LD answer (schema.org terms)',
      },
      params: () => ({}),
      ok: [{ type: 'application/ld+json', schema: 'JsonLdContext' }],
      handle: (req, res, scope) => {
        parseParams(req.query as RawQuery, {}, scope.parse)
        sendCacheable(req, res, JSON.stringify(JSONLD_CONTEXT), JSONLD_CONTENT_TYPE)
      },
    },
    {
      path: '/catalog.jsonld',
      express: '/catalog.jsonld',
      operationId: 'catalog',
      tag: 'open data',
      summary: {
        de: 'DCAT-AP.de-Katalog aller Datensätze und Distributionen',
        en: 'DCAT-AP.de catalogue of every dataset and distribution',
      },
      params: () => ({}),
      ok: [{ type: 'application/ld+json' }],
      handle: (req, res, scope) => {
        parseParams(req.query as RawQuery, {}, scope.parse)
        sendCacheable(req, res, JSON.stringify(dcatCatalog(scope.api, scope.snapshot.modified)), JSONLD_CONTENT_TYPE)
      },
    },
  ]
}
