import type { Tandem } from '@vie/types'

import { TANDEM_STATUS_REASONS } from '../choices'
import { fromText, germanOnly } from '../localized'
import { idsFor, type SlugIds } from '../refs'
import type { TandemSource } from '../sources'
import type { SeedRecord } from './types'

export function buildTandems(
  sources: readonly TandemSource[],
  refs: { municipalities: SlugIds; topics: SlugIds },
): SeedRecord<Tandem>[] {
  return sources.map((tandem) => ({
    slug: tandem.slug,
    data: {
      _status: 'published',
      slug: tandem.slug,
      title: germanOnly(tandem.title),
      kind: tandem.kind,
      status: tandem.status,
      statusReason: fromText(TANDEM_STATUS_REASONS[tandem.slug]),
      municipalities: idsFor(refs.municipalities, tandem.municipalitySlugs, 'municipality'),
      period: { from: tandem.period.start, to: tandem.period.end, approximate: tandem.period.approximate },
      matchingReason: fromText(tandem.matchingReason),
      challenges: fromText(tandem.challenges),
      jointProjects: fromText(tandem.projects),
      results: tandem.results.map((result) => ({ text: fromText(result) })),
      lessons: tandem.lessons.map((lesson) => ({ text: fromText(lesson) })),
      topics: idsFor(refs.topics, tandem.topics, 'topic'),
      formats: tandem.formats as Tandem['formats'],
    },
  }))
}
