import type { GazetteerResult } from '@vie/types'
import { municipalitySizeClasses } from '@vie/types'

import { sizeClassOf } from '../../domain/sizeClassOf'
import { EUROPEAN_COUNTRIES } from '../../gazetteer/europe'
import { GAZETTEER_ATTRIBUTION, gazetteer } from '../../gazetteer'
import { searchPlaces } from '../../gazetteer/search'
import { langSpec } from '../query/common'
import { type ParamSpecs, parseParams, type RawQuery } from '../query/params'
import { invalidParams } from '../query/params'
import type { RouteDef } from './routeDef'

const specs: ParamSpecs = {
  q: { kind: 'text', maxLength: 100, example: 'Köln', description: { de: 'Ortsname, mindestens 2 Zeichen; Akzente und Umlaute egal (Köln = Koeln = Koln).', en: 'Place name, at least 2 characters; accents and umlauts ignored (Köln = Koeln = Koln).' } },
  country: { kind: 'enum', values: [...EUROPEAN_COUNTRIES].sort(), description: { de: 'Europäisches Land (ISO 3166-1 alpha-2).', en: 'European country (ISO 3166-1 alpha-2).' } },
  ...langSpec,
}

export const gazetteerRoutes: RouteDef[] = [
  {
    path: '/gazetteer',
    express: '/gazetteer',
    operationId: 'searchGazetteer',
    tag: 'partners',
    summary: {
      de: 'Bis zu 10 europäische Orte nach Namen (GeoNames, CC BY 4.0), für Kommunen, die nicht im Register sind',
      en: 'Up to 10 European places by name (GeoNames, CC BY 4.0), for municipalities not in the register',
    },
    params: () => specs,
    ok: [{ type: 'application/json', schema: 'GazetteerResult' }],
    handle: (req, res, scope) => {
      const p = parseParams(req.query as RawQuery, specs, scope.parse)
      const q = p.q as string | undefined
      if (!q || q.length < 2) {
        throw invalidParams(scope.lang, [{ name: 'q', value: q ?? '', reason: scope.lang === 'de' ? 'Mindestens 2 Zeichen.' : 'At least 2 characters.' }])
      }
      const places = searchPlaces(gazetteer(), q, p.country as string | undefined).map((place) => {
        const size = municipalitySizeClasses.find((c) => c.value === sizeClassOf(place.population))
        const registered = [...scope.snapshot.municipalityBySlug.values()].find(
          (m) => m.match.country === place.country && m.detail.de.name === place.name,
        )
        return {
          ...place,
          country: place.country as GazetteerResult['places'][number]['country'],
          sizeClass: size ? { value: size.value, label: size.label[scope.lang] } : null,
          municipality: registered?.slug ?? null,
        }
      })
      const body: GazetteerResult = { places, attribution: GAZETTEER_ATTRIBUTION }
      // What a visitor types is not kept: this answer bypasses the server's rendered cache.
      res.setHeader('Cache-Control', 'public, max-age=86400')
      res.type('application/json; charset=utf-8').send(JSON.stringify(body))
    },
  },
]
