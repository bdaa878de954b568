import type { Lang } from './common'

/** One bar of a chart: a vocabulary value (or year, or country code), its label and a count. */
export interface CountBucket {
  value: string
  label: string
  count: number
}

/** `GET /stats`: counts over published records only, buckets sorted by count, then label. */
export interface Stats {
  networks: {
    total: number
    byCategory: CountBucket[]
    byFoundingInitiative: CountBucket[]
    /** The study's sub-types; which initiative each belongs to is in the `foundingSubtypes` vocabulary. */
    byFoundingSubtype: CountBucket[]
    byScope: CountBucket[]
    byTheme: CountBucket[]
    /** Chronological: networks founded per year. */
    byFoundedYear: CountBucket[]
    /** One bucket per network that states its members: `value` its slug, `label` its name, `count` its members; largest first. */
    byMemberCount: CountBucket[]
  }
  tandems: {
    total: number
    byStatus: CountBucket[]
    byCountry: CountBucket[]
  }
  events: {
    total: number
    /** Chronological, not by count. */
    byYear: CountBucket[]
    byMode: CountBucket[]
  }
  lang: Lang
}
