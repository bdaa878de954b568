/**
 * Fills a SQLite file with the studies' records plus a synthetic register: 10 000 networks and
 * 50 000 events by default, all published, written through Payload's Local API so they carry
 * versions, hooks and validation like editors' records. Usage: tsx generate.ts <db-file> [networks] [events]
 */
import path from 'node:path'

const [dbFile, networkArg, eventArg] = process.argv.slice(2)
if (!dbFile) throw new Error('usage: tsx generate.ts <db-file> [networks] [events]')
process.env.DATABASE_URI = `file:${path.resolve(dbFile)}`
process.env.SEED_ON_EMPTY = 'true'
process.env.LOG_LEVEL ||= 'warn'

const { initPayload } = await import('../../apps/cms/src/boot/initPayload')
const { networkCategories, foundingInitiatives, geographicScopes, eventKinds, eventModes } = await import('@vie/types')
const payload = await initPayload()

const networkCount = Number(networkArg ?? 10_000)
const eventCount = Number(eventArg ?? 50_000)
const topics = (await payload.find({ collection: 'topics', limit: 100, depth: 0 })).docs.map((topic) => topic.id)
const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T

const started = Date.now()
const progress = (what: string, done: number, total: number) => {
  if (done % 2000 === 0 || done === total) {
    process.stdout.write(`${what}: ${done}/${total} (${Math.round((Date.now() - started) / 1000)} s)\n`)
  }
}

const networkIds: string[] = []
for (let i = 1; i <= networkCount; i += 1) {
  const doc = await payload.create({
    collection: 'networks',
    overrideAccess: true,
    data: {
      _status: 'published',
      name: `Synthetisches Netzwerk ${i}`,
      slug: `synthetic-network-${i}`,
      category: pick(networkCategories, i).value,
      foundingInitiative: pick(foundingInitiatives, i).value,
      geographicScope: pick(geographicScopes, i).value,
      foundedYear: 1950 + (i % 75),
      themes: [pick(topics, i), pick(topics, i * 7 + 3)],
      goals: `Ziele des synthetischen Netzwerks Nummer ${i}: Austausch über digitale Stadtentwicklung.`,
    },
  })
  networkIds.push(String(doc.id))
  progress('networks', i, networkCount)
}

const base = Date.UTC(2020, 0, 1)
for (let i = 1; i <= eventCount; i += 1) {
  const start = new Date(base + i * 4 * 3600 * 1000)
  await payload.create({
    collection: 'events',
    overrideAccess: true,
    data: {
      _status: 'published',
      title: `Synthetische Veranstaltung ${i}`,
      slug: `synthetic-event-${i}`,
      kind: pick(eventKinds, i).value,
      mode: pick(eventModes, i).value,
      status: 'scheduled',
      start: start.toISOString(),
      end: new Date(start.getTime() + 2 * 3600 * 1000).toISOString(),
      relatedNetworks: [pick(networkIds, i)],
      topics: [pick(topics, i)],
    },
  })
  progress('events', i, eventCount)
}
process.stdout.write(`generated ${networkCount} networks and ${eventCount} events in ${Math.round((Date.now() - started) / 1000)} s\n`)
process.exit(0)
