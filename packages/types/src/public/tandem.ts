import type { Labelled, Lang, Localized, MunicipalityRef, NetworkRef, StrategyDocument, TopicRef } from './common'
import type { EventItem } from './event'
import type { Page } from './pagination'
import type { TandemFormat, TandemKind, TandemStatus } from '../vocabularies'

/** A partner municipality as a tandem shows it. */
export interface TandemMunicipality extends MunicipalityRef {
  strategyDocument: StrategyDocument | null
}

export interface TandemPeriod {
  start: number | null
  end: number | null
  /** The sources give no exact period; the years are an approximation. */
  approximate: boolean
}

/** What `<vie-tandem-card>` shows: one entry of `GET /tandems`. */
export interface TandemCard extends Localized {
  slug: string
  title: string
  kind: Labelled<TandemKind>
  status: Labelled<TandemStatus>
  municipalities: TandemMunicipality[]
  topics: TopicRef[]
  period: TandemPeriod
  /** Why the partners were matched, plain text. */
  summary: string
  updatedAt: string
}

/** `GET /tandems/{slug}`. */
export interface TandemDetail extends TandemCard {
  statusReason: string | null
  matchingReason: string | null
  challenges: string | null
  projects: string | null
  results: string[]
  lessons: string[]
  formats: Labelled<TandemFormat>[]
  /** Networks both partners belong to. */
  sharedNetworks: NetworkRef[]
  /** Published events of this tandem, chronological (undated last). */
  events: EventItem[]
  lang: Lang
}

/** Filters of `GET /tandems`. */
export interface TandemQuery {
  status?: TandemStatus
  country?: string
  topic?: string
  limit?: number
  page?: number
  lang?: Lang
}

export type TandemPage = Page<TandemCard>
