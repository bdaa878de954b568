import type { CountBucket, Lang, Stats } from '@vie/types'

import type { Snapshot } from './snapshot'
import { type VocabularyName } from './vocabulary'

const regionNames = { de: new Intl.DisplayNames('de', { type: 'region' }), en: new Intl.DisplayNames('en', { type: 'region' }) }

function countValues(values: Iterable<string>): Map<string, number> {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  return counts
}

const byCount = (a: CountBucket, b: CountBucket): number => b.count - a.count || a.label.localeCompare(b.label)

/** Year buckets, earliest first. */
const chronological = (counts: Map<string, number>): CountBucket[] =>
  [...counts].map(([value, count]) => ({ value, label: value, count })).sort((a, b) => Number(a.value) - Number(b.value))

/** Every value of the list (zero counts too, so charts keep their axis), plus any value the list lacks. */
function vocabularyBuckets(snapshot: Pick<Snapshot, 'vocab'>, name: VocabularyName, values: Iterable<string>, lang: Lang): CountBucket[] {
  const counts = countValues(values)
  const known = snapshot.vocab[name].map((e) => ({ value: e.value, label: e.label[lang], count: counts.get(e.value) ?? 0 }))
  const unknown = [...counts].filter(([v]) => !snapshot.vocab[name].some((e) => e.value === v))
  return [...known, ...unknown.map(([value, count]) => ({ value, label: value, count }))].sort(byCount)
}

/** Counts over the snapshot's published records only. */
export function computeStats(snapshot: Omit<Snapshot, 'stats'>, lang: Lang): Stats {
  const { networks, tandems, events } = snapshot
  const themeCounts = countValues(networks.flatMap((n) => [...n.themes]))
  const countryCounts = countValues(tandems.flatMap((t) => [...t.countries]))
  const yearCounts = countValues(events.flatMap((e) => (e.year === null ? [] : [String(e.year)])))
  const foundedCounts = countValues(networks.flatMap((n) => (n.foundedYear === null ? [] : [String(n.foundedYear)])))
  return {
    networks: {
      total: networks.length,
      byCategory: vocabularyBuckets(snapshot, 'category', networks.map((n) => n.category), lang),
      byFoundingInitiative: vocabularyBuckets(snapshot, 'foundingInitiative', networks.map((n) => n.initiative), lang),
      byFoundingSubtype: vocabularyBuckets(
        snapshot,
        'foundingSubtype',
        networks.flatMap((n) => (n.detail[lang].foundingSubtype ? [n.detail[lang].foundingSubtype.value] : [])),
        lang,
      ),
      byScope: vocabularyBuckets(snapshot, 'geographicScope', networks.flatMap((n) => (n.scope ? [n.scope] : [])), lang),
      byFoundedYear: chronological(foundedCounts),
      byMemberCount: networks
        .flatMap((n) => (n.card[lang].memberCount === null ? [] : [{ value: n.slug, label: n.card[lang].name, count: n.card[lang].memberCount }]))
        .sort(byCount),
      byTheme: snapshot.topics
        .map((t) => ({ value: t.slug, label: t.label[lang], count: themeCounts.get(t.slug) ?? 0 }))
        .sort(byCount),
    },
    tandems: {
      total: tandems.length,
      byStatus: vocabularyBuckets(snapshot, 'tandemStatus', tandems.map((t) => t.status), lang),
      byCountry: [...countryCounts]
        .map(([value, count]) => ({ value, label: regionNames[lang].of(value) ?? value, count }))
        .sort(byCount),
    },
    events: {
      total: events.length,
      byYear: chronological(yearCounts),
      byMode: vocabularyBuckets(snapshot, 'eventMode', events.flatMap((e) => (e.mode ? [e.mode] : [])), lang),
    },
    lang,
  }
}
