import { buildSnapshot, type Snapshot } from './snapshot'
import type { RecordSource } from './source'

type Logger = { info: (msg: string) => void; warn: (msg: string) => void; error: (obj: { err: unknown; msg: string }) => void }

export type ReadModelOptions = {
  /** How often every instance compares the database's fingerprint with its snapshot's. */
  pollMs?: number
  /** After a local change: how often, and for how long, to look for the committed result. */
  fastPollMs?: number
  fastPollWindowMs?: number
  logger: Logger
}

/**
 * The public API's data: an immutable snapshot in memory, rebuilt from the database whenever
 * the published data changes. Requests only ever read `current()`, so a cache hit never queries
 * the database.
 *
 * Change detection has three paths, all ending in the same fingerprint comparison: a collection
 * hook in this process (`notifyChange`, looked for every 100 ms until the transaction has
 * committed), a database change stream where there is one, and a poll every `pollMs` that
 * catches edits made by other instances.
 */
export class ReadModel {
  private snapshotValue: Snapshot | null = null
  private staleFrom: Date | null = null
  private fingerprintValue: string | null = null
  private running: Promise<void> | null = null
  private rerun = false
  private pollTimer: NodeJS.Timeout | null = null
  private fastTimer: NodeJS.Timeout | null = null
  private fastUntil = 0
  private stopWatch: (() => Promise<void>) | null = null
  private readonly ready: Promise<Snapshot>
  private resolveReady: (snapshot: Snapshot) => void = () => undefined
  private readonly pollMs: number
  private readonly fastPollMs: number
  private readonly fastPollWindowMs: number

  constructor(
    private readonly source: RecordSource,
    private readonly options: ReadModelOptions,
  ) {
    this.pollMs = options.pollMs ?? 2000
    this.fastPollMs = options.fastPollMs ?? 100
    this.fastPollWindowMs = options.fastPollWindowMs ?? 3000
    this.ready = new Promise((resolve) => (this.resolveReady = resolve))
  }

  current(): Snapshot | null {
    return this.snapshotValue
  }

  /**
   * Since when the database has not answered, while the last good snapshot is served; null
   * while the snapshot is known to be current.
   */
  staleSince(): Date | null {
    return this.staleFrom
  }

  /** The current snapshot, waiting for the first build if there is none yet. */
  snapshot(): Promise<Snapshot> {
    return this.snapshotValue ? Promise.resolve(this.snapshotValue) : this.ready
  }

  /** Builds the first snapshot, then keeps it current. */
  async start(): Promise<void> {
    await this.check()
    this.pollTimer = setInterval(() => void this.check(), this.pollMs)
    this.pollTimer.unref()
    this.stopWatch = await this.source.watch(() => this.notifyChange())
  }

  async stop(): Promise<void> {
    if (this.pollTimer) clearInterval(this.pollTimer)
    if (this.fastTimer) clearTimeout(this.fastTimer)
    this.pollTimer = null
    this.fastTimer = null
    await this.stopWatch?.()
    await this.running
  }

  /**
   * Something may have changed. Hooks run before their transaction commits, so the change is
   * looked for repeatedly for a short while instead of once.
   */
  notifyChange(): void {
    this.fastUntil = Date.now() + this.fastPollWindowMs
    if (this.fastTimer) return
    const tick = () => {
      this.fastTimer = null
      void this.check().finally(() => {
        if (Date.now() < this.fastUntil && this.pollTimer) {
          this.fastTimer = setTimeout(tick, this.fastPollMs)
          this.fastTimer.unref()
        }
      })
    }
    tick()
  }

  /** Compares fingerprints and rebuilds on a difference; concurrent calls share one run. */
  check(): Promise<void> {
    if (this.running) {
      this.rerun = true
      return this.running
    }
    this.running = this.runCheck().finally(() => {
      this.running = null
      if (this.rerun) {
        this.rerun = false
        void this.check()
      }
    })
    return this.running
  }

  private async runCheck(): Promise<void> {
    let fingerprint: string
    let loaded: Awaited<ReturnType<RecordSource['load']>> | null = null
    try {
      fingerprint = await this.source.fingerprint()
      // The fingerprint is taken before loading: a change during the load shows on the next check.
      if (fingerprint !== this.fingerprintValue || !this.snapshotValue) loaded = await this.source.load()
    } catch (error) {
      this.markStale(error)
      return
    }
    this.markFresh()
    if (!loaded) return
    try {
      this.install(buildSnapshot(loaded.records, loaded.vocab), fingerprint)
    } catch (error) {
      // The database answered: the fault is in the data or the mapping, not an outage. The last
      // snapshot stays (not marked stale), and every check tries and reports again.
      this.options.logger.error({ err: error, msg: 'public API: the published records could not be turned into a read model; keeping the previous one' })
    }
  }

  /**
   * Keeps serving the last good snapshot, marked stale; the poll tries again every `pollMs`.
   * Logged once per outage, not once per poll.
   */
  private markStale(error: unknown): void {
    if (this.staleFrom) return
    this.staleFrom = new Date()
    this.options.logger.error({ err: error, msg: 'public API: the database does not answer; serving the last good read model as stale' })
  }

  private markFresh(): void {
    if (!this.staleFrom) return
    this.options.logger.info(`public API: the database answers again (stale since ${this.staleFrom.toISOString()})`)
    this.staleFrom = null
  }

  private install(snapshot: Snapshot, fingerprint: string): void {
    const first = !this.snapshotValue
    this.snapshotValue = snapshot
    this.fingerprintValue = fingerprint
    if (first) {
      this.options.logger.info(`public API: read model ready (${countOf(snapshot)})`)
      this.resolveReady(snapshot)
    }
  }
}

const countOf = (s: Snapshot): string =>
  `${s.networks.length} networks, ${s.tandems.length} tandems, ${s.municipalityBySlug.size} municipalities, ${s.events.length} events`
