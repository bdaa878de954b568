import type { MunicipalityFeature, MunicipalityRole } from '@vie/types'

export const ROLES: readonly MunicipalityRole[] = ['member', 'tandem-partner', 'event-place']

/** What the map shows: each given filter narrows it (slugs of one filter are alternatives). */
export type MapFilters = { network: string[]; tandem: string[]; topic: string[]; kind: MunicipalityRole | null }

/** `"a b,c"` → `['a', 'b', 'c']`: attributes take one or more slugs. */
export const slugList = (value: string | null | undefined): string[] => (value ?? '').split(/[\s,]+/).filter(Boolean)

export const asRole = (value: string | null | undefined): MunicipalityRole | null =>
  ROLES.includes(value as MunicipalityRole) ? (value as MunicipalityRole) : null

const anyOf = (wanted: string[], has: string[]): boolean => !wanted.length || wanted.some((slug) => has.includes(slug))

/** A municipality with coordinates, its position on the map in view-box units. */
export type Placed = { feature: MunicipalityFeature; x: number; y: number }

export function matches(feature: MunicipalityFeature, filters: MapFilters): boolean {
  const p = feature.properties
  return (
    anyOf(filters.network, p.networks) &&
    anyOf(filters.tandem, p.tandems) &&
    anyOf(filters.topic, p.topics) &&
    (!filters.kind || p.roles.includes(filters.kind))
  )
}

/** Lines between the partners of each tandem that are both on the map (a tridem draws its triangle). */
export function tandemLines(placed: Placed[]): [Placed, Placed][] {
  const partners = new Map<string, Placed[]>()
  for (const p of placed) for (const slug of p.feature.properties.tandems) partners.set(slug, [...(partners.get(slug) ?? []), p])
  return [...partners.values()].flatMap((group) =>
    group.length < 2 ? [] : group.length === 2 ? [[group[0]!, group[1]!] as [Placed, Placed]] : group.map((p, i) => [p, group[(i + 1) % group.length]!] as [Placed, Placed]),
  )
}
