import type { Json } from './api'

/** Records every input below points at, created once per test file. */
export type BaseRefs = { municipalities: [string, string]; topic: string }

let serial = 0
/** A name no other record of the run has, so slugs never collide between tests. */
export const uniqueName = (prefix: string): string => `${prefix} ${process.pid}-${++serial}`

export type RecordCollection = 'networks' | 'tandems' | 'events' | 'municipalities' | 'projects' | 'topics'

/** A valid REST body for each collection (published where the collection has drafts). */
export function restInput(collection: RecordCollection, refs: BaseRefs): Json {
  const [first, second] = refs.municipalities
  switch (collection) {
    case 'networks':
      return {
        name: uniqueName('Netzwerk'),
        category: 'eu-thematic',
        foundingInitiative: 'bottom-up',
        foundingSubtype: 'thematic-umbrella',
        foundedYear: 2010,
        runtime: { kind: 'limited', endYear: 2030 },
        germanMunicipalities: [first],
        themes: [refs.topic],
        websites: [{ url: 'https://example.org/netzwerk' }],
        contactEmail: 'info@example.org',
        _status: 'published',
      }
    case 'tandems':
      return {
        title: uniqueName('Tandem'),
        kind: 'tandem',
        status: 'continuing',
        municipalities: [first, second],
        period: { from: 2023, to: 2024 },
        results: [{ text: 'Ein Ergebnis' }],
        topics: [refs.topic],
        _status: 'published',
      }
    case 'events':
      return {
        title: uniqueName('Workshop'),
        kind: 'workshop',
        mode: 'online',
        status: 'scheduled',
        start: '2025-03-04T09:00:00.000Z',
        end: '2025-03-04T11:00:00.000Z',
        municipalities: [first],
        topics: [refs.topic],
        _status: 'published',
      }
    case 'municipalities':
      return { name: uniqueName('Gemeinde'), kind: 'municipality', country: 'DE', population: 4200 }
    case 'projects':
      return { name: uniqueName('Modellprojekt'), sizeClass: 'mittelstadt', leadMunicipality: first, round: 2, year: 2020 }
    case 'topics':
      return { label: uniqueName('Thema') }
  }
}

/**
 * The same records for GraphQL, whose enums spell hyphens as underscores and which wants every
 * required select even where it has a default.
 */
export function graphqlInput(collection: RecordCollection, refs: BaseRefs): Json {
  const input = restInput(collection, refs)
  const enums: Record<RecordCollection, string[]> = {
    networks: ['category', 'foundingInitiative', 'foundingSubtype'],
    tandems: [],
    events: [],
    municipalities: [],
    projects: [],
    topics: [],
  }
  for (const field of enums[collection]) input[field] = String(input[field]).replace(/-/g, '_')
  return input
}
