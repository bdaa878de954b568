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
    byScope: CountBucket[]
    byTheme: CountBucket[]
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
