import { sendJson } from '../http/cache'
import { langSpec } from '../query/common'
import { parseParams, type RawQuery } from '../query/params'
import type { RouteDef } from './routeDef'

export const statsRoutes: RouteDef[] = [
  {
    path: '/stats',
    express: '/stats',
    operationId: 'getStats',
    tag: 'statistics',
    summary: {
      de: 'Zahlen: Netzwerke nach Kategorie, Initiative, Bezug und Thema; Tandems nach Status und Land; Veranstaltungen nach Jahr und Format',
      en: 'Counts: networks by category, initiative, scope and theme; tandems by status and country; events by year and mode',
    },
    params: () => langSpec,
    ok: [{ type: 'application/json', schema: 'Stats' }],
    handle: (req, res, scope) => {
      parseParams(req.query as RawQuery, langSpec, scope.parse)
      sendJson(req, res, scope.snapshot.stats[scope.lang])
    },
  },
]
