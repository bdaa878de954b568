import type { RawRecords } from './raw'
import type { Vocabularies } from './vocabulary'

/** Where the read model gets published records from. */
export interface RecordSource {
  /** Every published record of the public collections, and the vocabularies. */
  load(): Promise<{ records: RawRecords; vocab: Vocabularies }>
  /** A cheap value that changes whenever any published record changes, appears or disappears. */
  fingerprint(): Promise<string>
  /**
   * Pushes a call whenever the database reports a change (MongoDB change streams). Resolves to
   * a stop function, or to null where the database offers no such stream.
   */
  watch(onChange: () => void): Promise<(() => Promise<void>) | null>
}
