import type { CollectionSlug, Payload, Where } from 'payload'

import { withoutCopiedGerman } from './copiedGerman'
import { RECORD_COLLECTIONS, type RawRecords, type RecordCollection } from './raw'
import type { RecordSource } from './source'
import { vocabulariesFromConfig } from './vocabulary'

/**
 * Reverse relations (join fields) are derived in memory from the forward ones, so the database
 * need not compute them. Payload's types admit `false` only for collections whose generated
 * types list join fields; at run time every collection accepts it.
 */
const NO_JOINS = false as never

type ChangeStream = { on: (event: string, listener: (arg: unknown) => void) => unknown; close: () => Promise<void> }
type MongoDb = { watch: (pipeline: object[], options?: object) => ChangeStream }
type MongooseAdapterShape = {
  connection?: { db?: MongoDb }
  collections?: Record<string, { collection?: { collectionName?: string } }>
}

/**
 * Reads published records through Payload's Local API exactly as an anonymous visitor would
 * (`overrideAccess: false`, no user): the collections' read access and field access apply, and
 * drafts are excluded by `_status` on top. Works on every database adapter.
 */
export class PayloadSource implements RecordSource {
  constructor(
    private readonly payload: Payload,
    private readonly collections: readonly RecordCollection[] = RECORD_COLLECTIONS,
  ) {}

  private present(slug: RecordCollection): boolean {
    return Boolean(this.payload.collections[slug as CollectionSlug])
  }

  private publishedWhere(slug: RecordCollection): Where | undefined {
    const drafts = this.payload.collections[slug as CollectionSlug]?.config.versions?.drafts
    return drafts ? { _status: { equals: 'published' } } : undefined
  }

  async load(): Promise<{ records: RawRecords; vocab: ReturnType<typeof vocabulariesFromConfig> }> {
    const entries = await Promise.all(
      this.collections.map(async (slug) => {
        if (!this.present(slug)) return [slug, []] as const
        const { docs } = await this.payload.find({
          collection: slug as CollectionSlug,
          where: this.publishedWhere(slug),
          locale: 'all',
          depth: 0,
          draft: false,
          joins: NO_JOINS,
          pagination: false,
          overrideAccess: false,
        })
        return [slug, docs.map(withoutCopiedGerman)] as const
      }),
    )
    const records = Object.fromEntries(entries) as unknown as RawRecords
    const vocab = vocabulariesFromConfig(this.payload.config.collections.map((c) => ({ slug: c.slug, fields: c.fields })))
    return { records, vocab }
  }

  /** Per collection: how many published records, and the latest change among them. */
  async fingerprint(): Promise<string> {
    const parts = await Promise.all(
      this.collections.map(async (slug) => {
        if (!this.present(slug)) return `${slug}:-`
        const where = this.publishedWhere(slug)
        const [count, latest] = await Promise.all([
          this.payload.count({ collection: slug as CollectionSlug, where, overrideAccess: false }),
          this.payload.find({
            collection: slug as CollectionSlug,
            where,
            sort: '-updatedAt',
            limit: 1,
            depth: 0,
            draft: false,
            joins: NO_JOINS,
            overrideAccess: false,
            select: { updatedAt: true },
          }),
        ])
        const updatedAt = (latest.docs[0] as { updatedAt?: string } | undefined)?.updatedAt ?? ''
        return `${slug}:${count.totalDocs}:${updatedAt}`
      }),
    )
    return parts.join('|')
  }

  async watch(onChange: () => void): Promise<(() => Promise<void>) | null> {
    if (this.payload.db.name !== 'mongoose') return null
    const adapter = this.payload.db as unknown as MongooseAdapterShape
    const db = adapter.connection?.db
    if (!db) return null
    const names = this.collections
      .filter((slug) => this.present(slug))
      .map((slug) => adapter.collections?.[slug]?.collection?.collectionName ?? slug)
    try {
      const stream = db.watch([{ $match: { 'ns.coll': { $in: names } } }])
      stream.on('change', () => onChange())
      // A standalone server has no change streams; the error arrives here, and polling carries on.
      stream.on('error', (error) => {
        this.payload.logger.warn(`public API: MongoDB change stream unavailable, polling instead (${String(error)})`)
        void stream.close().catch(() => undefined)
      })
      return () => stream.close()
    } catch (error) {
      this.payload.logger.warn(`public API: MongoDB change stream unavailable, polling instead (${String(error)})`)
      return null
    }
  }
}
