import type { RawRecords } from '../../../src/public/readModel/raw'
import type { RecordSource } from '../../../src/public/readModel/source'
import type { Vocabularies } from '../../../src/public/readModel/vocabulary'

/**
 * A record source over records held by the test, standing in for the published set that
 * `PayloadSource` reads; `change` is an editor's publish, the fingerprint its committed trace.
 */
export class FixtureSource implements RecordSource {
  private version = 0
  /** Database work done so far: full loads and fingerprint checks. */
  loads = 0
  fingerprints = 0

  constructor(
    readonly records: RawRecords,
    readonly vocab: Vocabularies,
  ) {}

  change(mutate: (records: RawRecords) => void): void {
    mutate(this.records)
    this.version += 1
  }

  async load(): Promise<{ records: RawRecords; vocab: Vocabularies }> {
    this.loads += 1
    return { records: structuredClone(this.records), vocab: this.vocab }
  }

  async fingerprint(): Promise<string> {
    this.fingerprints += 1
    return String(this.version)
  }

  async watch(): Promise<null> {
    return null
  }
}
