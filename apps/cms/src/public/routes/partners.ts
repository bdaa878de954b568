import { countryCodes, type InvalidParam } from '@vie/types'

import { sendJson } from '../http/cache'
import { langSpec } from '../query/common'
import { invalidParams, type ParamSpecs, parseParams, type RawQuery } from '../query/params'
import type { Snapshot } from '../readModel/snapshot'
import type { MatchProfile } from '../../partners/profile'
import { suggestPartners } from '../../partners/suggest'
import { WORKING_LANGUAGES } from '../../partners/workingLanguages'
import type { RouteDef } from './routeDef'

const PROFILE_PARAMS = ['offers', 'seeks', 'population', 'country', 'languages', 'lat', 'lng'] as const
const LISTS = ['offers', 'seeks', 'languages']
/** With `municipality`, these replace the stored profile's topics; the other profile parameters are refused. */
const TOPIC_PARAMS: readonly string[] = ['offers', 'seeks']

function partnerSpecs(snapshot: Snapshot): ParamSpecs {
  const topics = snapshot.topics.map((t) => t.slug)
  // Numbers with their range in the document, so a client knows what the server takes.
  const coordinate = (max: number, de: string, en: string) => ({ kind: 'number' as const, min: -max, max, description: { de, en } })
  return {
    municipality: {
      kind: 'enum',
      values: [...snapshot.municipalityBySlug.keys()],
      // A municipality of the tandem report, whose partnership profile the seed fills.
      ...(snapshot.municipalityBySlug.has('arezzo') ? { example: 'arezzo' } : {}),
      description: { de: 'Slug einer Kommune des Registers; ihr Partnerschaftsprofil wird verwendet (offers/seeks ersetzen, wenn angegeben, seine Themen).', en: 'Slug of a registered municipality; its partnership profile is used (offers/seeks, when given, replace its topics).' },
    },
    offers: { kind: 'enum', repeatable: true, values: topics, description: { de: 'Thema, das Sie anbieten (wiederholbar oder kommagetrennt).', en: 'Topic you offer (repeatable or comma-separated).' } },
    seeks: { kind: 'enum', repeatable: true, values: topics, description: { de: 'Thema, das Sie suchen (wiederholbar oder kommagetrennt).', en: 'Topic you seek (repeatable or comma-separated).' } },
    population: { kind: 'int', min: 1, max: 100_000_000, description: { de: 'Einwohnerzahl.', en: 'Population.' } },
    country: { kind: 'enum', values: countryCodes, description: { de: 'Land (ISO 3166-1 alpha-2).', en: 'Country (ISO 3166-1 alpha-2).' } },
    languages: { kind: 'enum', repeatable: true, values: WORKING_LANGUAGES, description: { de: 'Arbeitssprache (ISO 639-1), wiederholbar.', en: 'Working language (ISO 639-1), repeatable.' } },
    lat: coordinate(90, 'Breitengrad eines Orts (mit lng).', 'Latitude of a place (with lng).'),
    lng: coordinate(180, 'Längengrad eines Orts (mit lat).', 'Longitude of a place (with lat).'),
    limit: { kind: 'int', min: 1, max: 50, default: 10, description: { de: 'Einträge je Liste (1–50).', en: 'Entries per list (1–50).' } },
    ...langSpec,
  }
}

/** `offers=a,b` reads like `offers=a&offers=b`. */
function splitLists(query: RawQuery): RawQuery {
  const out: RawQuery = { ...query }
  for (const name of LISTS) {
    const raw = query[name]
    if (raw === undefined) continue
    out[name] = (Array.isArray(raw) ? raw : [raw]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean)
  }
  return out
}

export const partnerRoutes: RouteDef[] = [
  {
    path: '/partners',
    express: '/partners',
    operationId: 'suggestPartners',
    tag: 'partners',
    summary: {
      de: 'Partnervorschläge mit Begründung: Kommunen, Netzwerke zum Beitritt, Tandems zum Lernen',
      en: 'Partner suggestions with reasons: municipalities, networks to join, tandems to learn from',
    },
    params: partnerSpecs,
    ok: [{ type: 'application/json', schema: 'PartnerSuggestions' }],
    handle: (req, res, scope) => {
      const query = splitLists(req.query as RawQuery)
      const p = parseParams(query, partnerSpecs(scope.snapshot), scope.parse)
      const { lang } = scope
      const invalid: InvalidParam[] = []
      const given = PROFILE_PARAMS.filter((name) => query[name] !== undefined)
      let me: MatchProfile | undefined
      if (p.municipality !== undefined) {
        for (const name of given.filter((n) => !TOPIC_PARAMS.includes(n))) {
          invalid.push({ name, reason: lang === 'de' ? 'Nicht zusammen mit „municipality“.' : 'Not together with "municipality".' })
        }
        const stored = scope.snapshot.municipalityBySlug.get(p.municipality as string)?.match
        // The finder lets a registered municipality try other topics than its stored profile's.
        me = stored && {
          ...stored,
          ...(p.offers ? { offers: new Set(p.offers as string[]) } : {}),
          ...(p.seeks ? { seeks: new Set(p.seeks as string[]) } : {}),
        }
      } else {
        const lat = (p.lat as number | undefined) ?? null
        const lng = (p.lng as number | undefined) ?? null
        if ((p.lat === undefined) !== (p.lng === undefined)) {
          const missing = p.lat === undefined ? 'lat' : 'lng'
          invalid.push({ name: missing, reason: lang === 'de' ? 'lat und lng nur gemeinsam.' : 'lat and lng go together.' })
        }
        const offers = (p.offers as string[] | undefined) ?? []
        const seeks = (p.seeks as string[] | undefined) ?? []
        if (!offers.length && !seeks.length) {
          for (const name of ['offers', 'seeks']) invalid.push({ name, reason: lang === 'de' ? 'Mindestens ein Thema in „offers“ oder „seeks“ oder eine „municipality“.' : 'At least one topic in "offers" or "seeks", or a "municipality".' })
        }
        me = {
          slug: null,
          name: '',
          country: (p.country as string | undefined) ?? null,
          population: (p.population as number | undefined) ?? null,
          lat,
          lng,
          offers: new Set(offers),
          seeks: new Set(seeks),
          languages: new Set((p.languages as string[] | undefined) ?? []),
          networks: new Set(),
          partners: new Set(),
          open: true,
        }
      }
      if (invalid.length || !me) throw invalidParams(lang, invalid)
      sendJson(req, res, suggestPartners(scope.snapshot, me, p.limit as number, lang))
    },
  },
]
