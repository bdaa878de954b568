import type { Lang, PartnerProfileList, TopicList, TopicRef } from '@vie/types'

import { foldings, nameRank } from '../../gazetteer/search'
import { sendJson } from '../http/cache'
import { nameCollator } from '../readModel/snapshot'
import type { Snapshot } from '../readModel/snapshot'
import { langSpec } from '../query/common'
import { invalidParams, type ParamSpecs, parseParams, type RawQuery } from '../query/params'
import type { RouteDef } from './routeDef'

const searchSpecs: ParamSpecs = {
  q: {
    kind: 'text',
    maxLength: 100,
    example: 'Arezzo',
    description: {
      de: 'Name der Kommune, mindestens 1 Zeichen; Akzente und Umlaute egal (Köln = Koeln = Koln).',
      en: 'Name of the municipality, at least 1 character; accents and umlauts ignored (Köln = Koeln = Koln).',
    },
  },
  ...langSpec,
}

const topicRefs = (snapshot: Snapshot, slugs: ReadonlySet<string>, lang: Lang): TopicRef[] =>
  snapshot.topics.filter((t) => slugs.has(t.slug)).map((t) => ({ slug: t.slug, label: t.label[lang] }))

/** What the partner finder's first steps read: the topic vocabulary and the register's municipalities by name. */
export const finderRoutes: RouteDef[] = [
  {
    path: '/topics',
    express: '/topics',
    operationId: 'listTopics',
    tag: 'partners',
    summary: { de: 'Das gemeinsame Themenvokabular, nach Bezeichnung', en: 'The shared topic vocabulary, by label' },
    params: () => langSpec,
    ok: [{ type: 'application/json', schema: 'TopicList' }],
    handle: (req, res, scope) => {
      parseParams(req.query as RawQuery, langSpec, scope.parse)
      const items = scope.snapshot.topics
        .map((t) => ({ slug: t.slug, label: t.label[scope.lang] }))
        .sort((a, b) => nameCollator.compare(a.label, b.label))
      const body: TopicList = { items, lang: scope.lang }
      sendJson(req, res, body)
    },
  },
  {
    path: '/partners/municipalities',
    express: '/partners/municipalities',
    operationId: 'searchPartnerProfiles',
    tag: 'partners',
    summary: {
      de: 'Bis zu 10 Kommunen des Registers nach Namen, mit den Themen ihres Partnerschaftsprofils',
      en: 'Up to 10 registered municipalities by name, with the topics of their partnership profile',
    },
    params: () => searchSpecs,
    ok: [{ type: 'application/json', schema: 'PartnerProfileList' }],
    handle: (req, res, scope) => {
      const p = parseParams(req.query as RawQuery, searchSpecs, scope.parse)
      const queries = foldings(String(p.q ?? '').trim()).filter(Boolean)
      if (!queries.length) {
        throw invalidParams(scope.lang, [{ name: 'q', value: String(p.q ?? ''), reason: scope.lang === 'de' ? 'Mindestens 1 Zeichen.' : 'At least 1 character.' }])
      }
      const { lang, snapshot } = scope
      const hits = [...snapshot.municipalityBySlug.values()]
        .map((entry) => ({ entry, rank: nameRank(foldings(entry.detail[lang].name), queries) }))
        .filter((hit): hit is typeof hit & { rank: number } => hit.rank !== null)
        .sort((a, b) => a.rank - b.rank || nameCollator.compare(a.entry.detail[lang].name, b.entry.detail[lang].name))
        .slice(0, 10)
      const body: PartnerProfileList = {
        items: hits.map(({ entry }) => {
          const detail = entry.detail[lang]
          return {
            slug: entry.slug,
            name: detail.name,
            country: detail.country,
            population: detail.population,
            location: detail.location,
            offers: topicRefs(snapshot, entry.match.offers, lang),
            seeks: topicRefs(snapshot, entry.match.seeks, lang),
            workingLanguages: [...entry.match.languages],
          }
        }),
        lang,
      }
      // What a visitor types is not kept: like the gazetteer, this answer bypasses the rendered cache.
      res.setHeader('Cache-Control', 'public, max-age=300')
      res.type('application/json; charset=utf-8').send(JSON.stringify(body))
    },
  },
]
