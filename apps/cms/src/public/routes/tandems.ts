import { tandemColumns } from '../formats/csvTables'
import { tandemJsonLd } from '../formats/jsonld'
import { paginate } from '../query/common'
import type { RawQuery } from '../query/params'
import { parseTandemQuery, selectTandems, tandemListSpecs } from '../query/tandems'
import { detailRoute, openDataRoutes } from './builders'
import { sendPage } from './respond'
import type { RouteDef } from './routeDef'

export const tandemRoutes: RouteDef[] = [
  {
    path: '/tandems',
    express: '/tandems',
    operationId: 'listTandems',
    tag: 'tandems',
    summary: { de: 'Tandems und Tridems mit ihren Kommunen und Themen', en: 'Tandems and tridems with their municipalities and topics' },
    params: tandemListSpecs,
    ok: [{ type: 'application/json', schema: 'TandemPage' }, { type: 'application/ld+json' }],
    paged: true,
    handle: (req, res, scope) => {
      const filter = parseTandemQuery(req.query as RawQuery, scope.snapshot, scope.parse)
      const page = paginate(selectTandems(scope.snapshot, filter), filter, scope.lang)
      sendPage(req, res, scope, page, filter.format, {
        dto: (entry) => entry.card[scope.lang],
        jsonld: (entry) => tandemJsonLd(entry.card[scope.lang], scope.urls),
      })
    },
  },
  detailRoute({
    collection: 'tandems',
    operationId: 'getTandem',
    tag: 'tandems',
    summary: { de: 'Ein Tandem mit Ergebnissen, Erkenntnissen und Veranstaltungen', en: 'A tandem with results, lessons and events' },
    slug: { de: 'Slug des Tandems', en: 'Slug of the tandem' },
    schema: 'TandemDetail',
    find: (scope, slug) => scope.snapshot.tandemBySlug.get(slug)?.detail[scope.lang],
    jsonld: tandemJsonLd,
  }),
  ...openDataRoutes({
    collection: 'tandems',
    plural: { de: 'Tandems', en: 'tandems' },
    columns: tandemColumns,
    schema: 'TandemDump',
    rows: (snapshot, lang) => snapshot.tandems.map((t) => t.detail[lang]),
  }),
]
