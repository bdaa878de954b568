import { networkColumns } from '../formats/csvTables'
import { networkJsonLd } from '../formats/jsonld'
import { paginate } from '../query/common'
import { networkListSpecs, parseNetworkQuery, selectNetworks } from '../query/networks'
import type { RawQuery } from '../query/params'
import { detailRoute, openDataRoutes } from './builders'
import { sendPage } from './respond'
import type { RouteDef } from './routeDef'

export const networkRoutes: RouteDef[] = [
  {
    path: '/networks',
    express: '/networks',
    operationId: 'listNetworks',
    tag: 'networks',
    summary: { de: 'Netzwerke als Karten, filterbar und sortierbar', en: 'Networks as cards, filterable and sortable' },
    params: networkListSpecs,
    ok: [{ type: 'application/json', schema: 'NetworkPage' }, { type: 'application/ld+json' }],
    paged: true,
    handle: (req, res, scope) => {
      const filter = parseNetworkQuery(req.query as RawQuery, scope.snapshot, scope.parse)
      const page = paginate(selectNetworks(scope.snapshot, filter), filter, scope.lang)
      sendPage(req, res, scope, page, filter.format, {
        dto: (entry) => entry.card[scope.lang],
        jsonld: (entry) => networkJsonLd(entry.card[scope.lang], scope.urls),
      })
    },
  },
  detailRoute({
    collection: 'networks',
    operationId: 'getNetwork',
    tag: 'networks',
    summary: { de: 'Das vollständige Profil eines Netzwerks', en: "A network's full profile" },
    slug: { de: 'Slug des Netzwerks', en: 'Slug of the network' },
    schema: 'NetworkDetail',
    find: (scope, slug) => scope.snapshot.networkBySlug.get(slug)?.detail[scope.lang],
    jsonld: networkJsonLd,
  }),
  ...openDataRoutes({
    collection: 'networks',
    plural: { de: 'Netzwerke', en: 'networks' },
    columns: networkColumns,
    schema: 'NetworkDump',
    rows: (snapshot, lang) => snapshot.networks.map((n) => n.detail[lang]),
  }),
]
