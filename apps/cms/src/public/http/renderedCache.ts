import zlib from 'node:zlib'

/** Encodings kept per body, best first when the client accepts several equally. */
export const ENCODINGS = ['br', 'gzip'] as const
export type Encoding = (typeof ENCODINGS)[number]

/** The compression middleware's own threshold: smaller bodies are sent as they are. */
export const COMPRESS_THRESHOLD = 1024

/** Headers a handler sets besides the cacheable ones (paging, licence, file name). */
export const RENDERED_HEADERS = ['Link', 'X-Total-Count', 'Content-Disposition'] as const

/** One rendered answer: the body, its validator and headers, and each encoding made at most once. */
export type Rendered = {
  etag: string
  contentType: string
  headers: Record<string, string>
  body: Buffer
  encoded: Partial<Record<Encoding, Buffer>>
  /** The clock interval in which the answer stays right (`now` decides what is upcoming). */
  validFrom: number
  validUntil: number
}

/** The body in `encoding`, compressed once and then kept with the entry. */
function encodeRendered(entry: Rendered, encoding: Encoding): Buffer {
  const known = entry.encoded[encoding]
  if (known) return known
  const buffer =
    encoding === 'br'
      ? zlib.brotliCompressSync(entry.body, {
          // The compression middleware's level: a good ratio at a fraction of quality 11's time.
          params: { [zlib.constants.BROTLI_PARAM_QUALITY]: 4, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: entry.body.length },
        })
      : zlib.gzipSync(entry.body)
  entry.encoded[encoding] = buffer
  return buffer
}

const sizeOf = (r: Rendered): number => r.body.length + (r.encoded.br?.length ?? 0) + (r.encoded.gzip?.length ?? 0)

/**
 * Rendered answers of one read-model snapshot, least recently used first out once the entries
 * hold more than `maxBytes` (bodies and their encodings together). A new snapshot empties it:
 * every answer is derived from the snapshot, so nothing older can be right.
 */
export class RenderedCache<Version extends object> {
  private version: Version | null = null
  private readonly entries = new Map<string, Rendered>()
  private readonly held = new WeakSet<Rendered>()
  private bytes = 0
  /** Entries dropped so far (evicted, expired, replaced, or gone with their snapshot): copies made of them are stale. */
  private dropCount = 0
  /** The entry last returned: already the most recently used, so a hit on it moves nothing. */
  private newest: Rendered | undefined

  constructor(private readonly maxBytes: number) {}

  get(version: Version, key: string, now: number): Rendered | undefined {
    if (version !== this.version) {
      this.version = version
      if (this.entries.size) this.dropCount += 1
      this.entries.clear()
      this.newest = undefined
      this.bytes = 0
      return undefined
    }
    const entry = this.entries.get(key)
    if (!entry) return undefined
    if (now < entry.validFrom || now >= entry.validUntil) {
      this.drop(key, entry)
      return undefined
    }
    if (entry === this.newest) return entry
    // Map order is insertion order: re-inserting marks the entry as the most recently used.
    this.entries.delete(key)
    this.entries.set(key, entry)
    this.newest = entry
    return entry
  }

  set(version: Version, key: string, entry: Rendered): void {
    if (version !== this.version) return
    const old = this.entries.get(key)
    if (old) this.drop(key, old)
    // One answer may take half the budget, so a large feed is kept without pushing out everything else.
    if (entry.body.length > this.maxBytes / 2) return
    this.entries.set(key, entry)
    this.newest = entry
    this.held.add(entry)
    this.bytes += sizeOf(entry)
    this.evict()
  }

  /** Whether `entry` is kept (and so worth compressing once for every later request). */
  holds(entry: Rendered): boolean {
    return this.held.has(entry)
  }

  /** `encodeRendered`, counting the new encoding against the budget while the entry is held. */
  encode(entry: Rendered, encoding: Encoding): Buffer {
    const before = entry.encoded[encoding]
    const buffer = encodeRendered(entry, encoding)
    if (!before && this.held.has(entry)) {
      this.bytes += buffer.length
      this.evict()
    }
    return buffer
  }

  /** Grows whenever an entry leaves the cache: what was prepared from entries before is to be made again. */
  get drops(): number {
    return this.dropCount
  }

  get size(): { entries: number; bytes: number } {
    return { entries: this.entries.size, bytes: this.bytes }
  }

  private drop(key: string, entry: Rendered): void {
    this.dropCount += 1
    if (entry === this.newest) this.newest = undefined
    this.entries.delete(key)
    this.held.delete(entry)
    this.bytes -= sizeOf(entry)
  }

  private evict(): void {
    for (const [key, entry] of this.entries) {
      if (this.bytes <= this.maxBytes) return
      this.drop(key, entry)
    }
  }
}
