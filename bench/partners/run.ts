/**
 * Partner finder figures (printed, not a test): leave-one-out over the tandem report's pairs and
 * the time of one match over 10 000 synthetic municipality profiles.
 */
import { performance } from 'node:perf_hooks'

import profiles from '../../apps/cms/src/seed/data/partnership-profiles.json' with { type: 'json' }
import municipalities from '../../apps/cms/src/seed/data/municipalities.json' with { type: 'json' }
import tandems from '../../apps/cms/src/seed/data/tandems.json' with { type: 'json' }
import topics from '../../apps/cms/src/seed/data/topics.json' with { type: 'json' }
import { sizeClassOf } from '../../apps/cms/src/domain/sizeClassOf'
import type { MatchProfile } from '../../apps/cms/src/partners/profile'
import { rankMunicipalities } from '../../apps/cms/src/partners/score'

const sizeClass = (population: number) => sizeClassOf(population)
const print = (...parts: unknown[]) => process.stdout.write(`${parts.join(' ')}\n`)
const bySlug = new Map(municipalities.map((m) => [m.slug, m]))

function profileOf(slug: string, partners: string[]): MatchProfile {
  const p = profiles.find((x) => x.slug === slug)
  const m = bySlug.get(slug)
  return {
    slug,
    name: m?.name ?? slug,
    country: m?.country ?? null,
    population: m?.population ?? null,
    lat: m?.location?.lat ?? null,
    lng: m?.location?.lng ?? null,
    offers: new Set(p?.offers),
    seeks: new Set(p?.seeks),
    languages: new Set(p?.languages),
    networks: new Set(),
    partners: new Set(partners.filter((s) => s !== slug)),
    open: true,
  }
}

// Leave-one-out: hide each pair's own tandem, rank everyone else, report where the real partner lands.
const everyone = profiles.map((p) => p.slug)
const ranks: number[] = []
print('leave-one-out over the tandems (rank of the real partner among', everyone.length - 1, 'candidates):')
for (const tandem of tandems) {
  for (const slug of tandem.municipalitySlugs) {
    const others = tandems.filter((t) => t !== tandem && t.municipalitySlugs.includes(slug)).flatMap((t) => t.municipalitySlugs)
    const me = profileOf(slug, others)
    const ranked = rankMunicipalities(me, everyone.map((s) => profileOf(s, [])), everyone.length, sizeClass).map((r) => r.profile.slug)
    for (const partner of tandem.municipalitySlugs.filter((s) => s !== slug)) {
      const rank = ranked.indexOf(partner) + 1 || everyone.length
      ranks.push(rank)
      print(`  ${slug.padEnd(24)} → ${partner.padEnd(24)} rank ${rank}`)
    }
  }
}
const sorted = [...ranks].sort((a, b) => a - b)
print(`  median rank ${sorted[Math.floor(sorted.length / 2)]}, top-3 ${ranks.filter((r) => r <= 3).length}/${ranks.length}`)

// Synthetic register of 10 000 profiles, deterministic (linear congruential generator).
let seed = 42
const random = () => ((seed = (seed * 1_103_515_245 + 12_345) % 2 ** 31) / 2 ** 31)
const topicSlugs = topics.map((t) => t.slug)
const pickTopics = (n: number) => new Set(Array.from({ length: n }, () => topicSlugs[Math.floor(random() * topicSlugs.length)] as string))
const countries = ['DE', 'DE', 'DE', 'FR', 'IT', 'PL', 'NL', 'ES', 'AT', 'CZ']
const languages = ['de', 'en', 'fr', 'it', 'pl', 'nl', 'es', 'cs']
const synthetic: MatchProfile[] = Array.from({ length: 10_000 }, (_, i) => ({
  slug: `m-${i}`,
  name: `M ${i}`,
  country: countries[i % countries.length] as string,
  population: Math.round(1000 * Math.exp(random() * 7)),
  lat: 45 + random() * 10,
  lng: 2 + random() * 20,
  offers: pickTopics(1 + Math.floor(random() * 4)),
  seeks: pickTopics(1 + Math.floor(random() * 4)),
  languages: new Set([languages[Math.floor(random() * languages.length)] as string, 'en']),
  networks: new Set(random() < 0.3 ? ['eurocities'] : []),
  partners: new Set(),
  open: random() > 0.1,
}))
const times: number[] = []
for (let i = 0; i < 200; i++) {
  const me = synthetic[i * 37] as MatchProfile
  const start = performance.now()
  rankMunicipalities(me, synthetic, 10, sizeClass)
  times.push(performance.now() - start)
}
times.sort((a, b) => a - b)
const at = (q: number) => (times[Math.min(times.length - 1, Math.floor(q * times.length))] as number).toFixed(2)
print(`match over ${synthetic.length} profiles: p50 ${at(0.5)} ms, p99 ${at(0.99)} ms (target p50 < 20 ms)`)
