/**
 * One write at a time through a process: a FIFO lock that hands each holder a release function.
 * SQLite admits one writer per file, and libsql ignores the busy timeout between the connections of
 * one process (it would block the event loop the holder needs to finish anyway), so writers of the
 * same process wait here, asynchronously, instead of failing with SQLITE_BUSY.
 */
export class WriteLane {
  private tail: Promise<void> = Promise.resolve()
  private holder: string | null = null

  constructor(
    private readonly warn: (message: string) => void,
    private readonly patienceMs = 10_000,
  ) {}

  /** Waits for the lane; the returned function frees it and may be called more than once. */
  async acquire(purpose: string): Promise<() => void> {
    let free!: () => void
    const held = new Promise<void>((resolve) => {
      free = resolve
    })
    const before = this.tail
    this.tail = before.then(() => held)
    // A holder that never ends (a hook writing without its request's transaction waits for
    // itself) would stall every editor silently; the warning names both sides.
    const waiting = setTimeout(() => {
      this.warn(`SQLite write lane: "${purpose}" has waited ${this.patienceMs / 1000} s for "${this.holder ?? 'unknown'}" to finish`)
    }, this.patienceMs)
    waiting.unref()
    await before
    clearTimeout(waiting)
    this.holder = purpose
    let released = false
    return () => {
      if (released) return
      released = true
      this.holder = null
      free()
    }
  }

  async run<T>(purpose: string, work: () => Promise<T>): Promise<T> {
    const release = await this.acquire(purpose)
    try {
      return await work()
    } finally {
      release()
    }
  }
}
