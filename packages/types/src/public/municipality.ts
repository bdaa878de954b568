import type { GeoPoint, Labelled, Lang, Localized, NetworkRef, StrategyDocument, TandemRef } from './common'
import type { EventItem } from './event'
import type { CountryCode, MunicipalityKind, MunicipalitySizeClass } from '../vocabularies'


/** `GET /municipalities/{slug}`: the municipality with everything that points at it. */
export interface MunicipalityDetail extends Localized {
  slug: string
  name: string
  country: CountryCode
  kind: Labelled<MunicipalityKind>
  /** Federal state or region. */
  region: string | null
  population: number | null
  populationYear: number | null
  populationSource: string | null
  /** BBSR size class, derived from the population. */
  sizeClass: Labelled<MunicipalitySizeClass> | null
  location: GeoPoint | null
  website: string | null
  strategyDocument: StrategyDocument | null
  networks: NetworkRef[]
  tandems: TandemRef[]
  /** Published events not yet over that concern it (directly, or through its tandems and networks), soonest first. */
  upcomingEvents: EventItem[]
  updatedAt: string
  lang: Lang
}
