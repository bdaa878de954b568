import type { Lang, Licence } from './common'
import type { EventItem } from './event'
import type { NetworkDetail } from './network'
import type { TandemDetail } from './tandem'

/** `GET /networks.json`, `/tandems.json`, `/events.json`: every published record, one language. */
export interface Dump<T> {
  licence: Licence
  lang: Lang
  /** When the data behind this dump last changed, ISO 8601. */
  modified: string
  count: number
  items: T[]
}

export type NetworkDump = Dump<NetworkDetail>
export type TandemDump = Dump<TandemDetail>
export type EventDump = Dump<EventItem>
