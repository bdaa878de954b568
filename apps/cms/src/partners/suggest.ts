import { municipalitySizeClasses, type Lang, type PartnerSuggestions } from '@vie/types'

import { sizeClassOf } from '../domain/sizeClassOf'
import type { Snapshot } from '../public/readModel/snapshot'
import type { MatchProfile } from './profile'
import { reasonsOf, type ReasonNames } from './reasons'
import { rankMunicipalities } from './score'

const sizeClass = (population: number): string | null => sizeClassOf(population) ?? null

const label = (value: string | null, lang: Lang) => {
  const entry = municipalitySizeClasses.find((c) => c.value === value)
  return entry ? { value: entry.value, label: entry.label[lang] } : null
}

const topicRefs = (snapshot: Snapshot, slugs: ReadonlySet<string>, lang: Lang) =>
  snapshot.topics.filter((t) => slugs.has(t.slug)).map((t) => ({ slug: t.slug, label: t.label[lang] }))

/** Networks whose themes cover what `me` seeks, and tandems that worked on it: share of my seeks covered. */
function learningFrom(snapshot: Snapshot, me: MatchProfile, limit: number, lang: Lang, names: ReasonNames) {
  const seeks = [...me.seeks]
  const covered = (themes: ReadonlySet<string>) => seeks.filter((s) => themes.has(s))
  const networks = snapshot.networks
    .filter((n) => !me.networks.has(n.slug))
    .map((n) => ({ n, hits: covered(n.themes) }))
    .filter((x) => x.hits.length)
    .sort((a, b) => b.hits.length - a.hits.length || a.n.slug.localeCompare(b.n.slug))
    .slice(0, limit)
    .map(({ n, hits }) => {
      const card = n.card[lang]
      const weight = Math.round((hits.length / seeks.length) * 1000) / 1000
      const text = lang === 'de' ? `Themen: ${hits.map(names.topic).join(', ')}` : `themes: ${hits.map(names.topic).join(', ')}`
      return {
        slug: card.slug,
        name: card.name,
        acronym: card.acronym,
        themes: card.themes,
        memberTypes: n.detail[lang].members.types,
        memberCount: card.memberCount,
        score: weight,
        reasons: [{ code: 'network-theme' as const, text, weight }],
      }
    })
  const tandems = snapshot.tandems
    .filter((t) => !t.card.de.municipalities.some((m) => m.slug === me.slug))
    .map((t) => ({ t, hits: covered(new Set(t.card.de.topics.map((x) => x.slug))) }))
    .filter((x) => x.hits.length)
    .sort((a, b) => b.hits.length - a.hits.length || a.t.slug.localeCompare(b.t.slug))
    .slice(0, limit)
    .map(({ t, hits }) => {
      const card = t.card[lang]
      const weight = Math.round((hits.length / seeks.length) * 1000) / 1000
      const text = lang === 'de' ? `Themen des Tandems: ${hits.map(names.topic).join(', ')}` : `worked on ${hits.map(names.topic).join(', ')}`
      return {
        slug: card.slug,
        name: card.title,
        topics: card.topics,
        municipalities: card.municipalities.map((m) => ({ slug: m.slug, name: m.name, country: m.country })),
        score: weight,
        reasons: [{ code: 'tandem-topic' as const, text, weight }],
      }
    })
  return { networks, tandems }
}

/** The three ranked lists for `me`, computed from the snapshot alone. */
export function suggestPartners(snapshot: Snapshot, me: MatchProfile, limit: number, lang: Lang): PartnerSuggestions {
  const topicNames = new Map(snapshot.topics.map((t) => [t.slug, t.label[lang]]))
  const names: ReasonNames = {
    topic: (slug) => topicNames.get(slug) ?? slug,
    network: (slug) => snapshot.networkBySlug.get(slug)?.card[lang].name ?? slug,
  }
  const candidates = [...snapshot.municipalityBySlug.values()]
  const ranked = rankMunicipalities(me, candidates.map((c) => c.match), limit, sizeClass)
  const municipalities = ranked.map(({ profile, parts, score }) => {
    const detail = snapshot.municipalityBySlug.get(profile.slug ?? '')?.detail[lang]
    const distance = parts.find((p) => p.code === 'distance')
    return {
      slug: profile.slug ?? '',
      name: detail?.name ?? profile.name,
      country: detail?.country ?? 'DE',
      population: profile.population,
      sizeClass: profile.population ? label(sizeClass(profile.population), lang) : null,
      location: detail?.location ?? null,
      distanceKm: distance?.code === 'distance' ? distance.km : null,
      score,
      reasons: reasonsOf(parts, lang, names),
      offers: topicRefs(snapshot, profile.offers, lang),
      seeks: topicRefs(snapshot, profile.seeks, lang),
      workingLanguages: [...profile.languages],
      contact: null,
    }
  })
  const detail = me.slug ? snapshot.municipalityBySlug.get(me.slug)?.detail[lang] : undefined
  return {
    for: {
      slug: me.slug,
      name: detail?.name ?? null,
      country: detail?.country ?? null,
      population: me.population,
      offers: topicRefs(snapshot, me.offers, lang),
      seeks: topicRefs(snapshot, me.seeks, lang),
    },
    municipalities,
    ...learningFrom(snapshot, me, limit, lang, names),
    lang,
  }
}
