/** A municipality as the matcher sees it: plain data taken from the read model (or from a query). */
export type MatchProfile = {
  slug: string | null
  name: string
  country: string | null
  population: number | null
  lat: number | null
  lng: number | null
  offers: ReadonlySet<string>
  seeks: ReadonlySet<string>
  languages: ReadonlySet<string>
  networks: ReadonlySet<string>
  /** Slugs of municipalities it already works with in a tandem. */
  partners: ReadonlySet<string>
  /** `false` only when the profile says "not now"; unknown counts as open. */
  open: boolean
}
