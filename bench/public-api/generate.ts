/**
 * Fills a SQLite file with the studies' records plus a synthetic register: 10 000 networks and
 * 50 000 events by default, all published, with German and English texts and relations to the
 * studies' topics, municipalities and tandems. Usage: tsx generate.ts <db-file> [networks] [events]
 *
 * Speed: one Local API `create` costs tens of milliseconds (validation, hooks, a transaction and
 * an fsync per record), so 60 000 records took half an hour. Instead, each synthetic record is a
 * copy of a studies record that Payload itself validated and saved, with its varying fields
 * (names, slugs, dates, relations, vocabulary values) replaced by valid values, written through
 * Payload's own database adapter (`payload.db.create` plus `saveVersion`, as the create
 * operation does after its hooks) in transactions of a few thousand records with fsync off. The
 * result is ordinary Payload data: main rows, locale rows, relation rows and a published version,
 * read by Payload REST and the read model like any other record. A `<db-file>.synthetic.json`
 * next to the file records what it holds, so `run.ts` can reuse it.
 */
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

const [dbFile, networkArg, eventArg] = process.argv.slice(2)
if (!dbFile) throw new Error('usage: tsx generate.ts <db-file> [networks] [events]')
process.env.DATABASE_URI = `file:${path.resolve(dbFile)}`
process.env.SEED_ON_EMPTY = 'true'
process.env.LOG_LEVEL ||= 'warn'

const { initPayload } = await import('../../apps/cms/src/boot/initPayload')
const { sqliteClient } = await import('../../apps/cms/src/db/sqliteClient')
const { commitTransaction, createLocalReq, initTransaction, saveVersion } = await import('payload')
const { networkCategories, foundingInitiatives, geographicScopes, eventKinds, eventModes } = await import('@vie/types')
const payload = await initPayload({ cron: false })

const networkCount = Number(networkArg ?? 10_000)
const eventCount = Number(eventArg ?? 50_000)
const BATCH = 2000
type Doc = Record<string, unknown> & { id?: string }

/** Published records only: relations and templates must point at what the public sees. */
const all = async (collection: 'topics' | 'municipalities' | 'tandems' | 'networks' | 'events') =>
  (
    (await payload.find({ collection, locale: 'all', depth: 0, pagination: false, draft: false, joins: false as never }))
      .docs as unknown as Doc[]
  ).filter((doc) => doc._status !== 'draft')

const topics = (await all('topics')).map((t) => t.id)
const municipalities = await all('municipalities')
const germanMunicipalities = municipalities.filter((m) => m.country === 'DE').map((m) => m.id)
const tandems = (await all('tandems')).map((t) => t.id)
const template = async (collection: 'networks' | 'events') => {
  const [doc] = await all(collection)
  if (!doc) throw new Error(`the studies seed is missing: no published ${collection}`)
  const { id: _id, ...fields } = doc
  return fields
}
const networkTemplate = await template('networks')
const eventTemplate = await template('events')
if (!topics.length || !germanMunicipalities.length) {
  throw new Error('the studies seed is missing: expected topics and German municipalities')
}

const pick = <T>(list: readonly T[], i: number): T => list[i % list.length] as T
const some = <T>(list: readonly T[], i: number, n: number): T[] => [...new Set(Array.from({ length: n }, (_, k) => pick(list, i * 7 + k * 13)))]
const rowId = () => crypto.randomBytes(12).toString('hex')
const THEMES = ['Mobilität', 'Energie', 'Daten', 'Beteiligung', 'Klimaanpassung', 'Verwaltung']
const THEMES_EN = ['mobility', 'energy', 'data', 'participation', 'climate adaptation', 'administration']
const PLACES = [
  { city: 'Leipzig', country: 'DE', zone: 'Europe/Berlin' },
  { city: 'Wien', cityEn: 'Vienna', country: 'AT', zone: 'Europe/Vienna' },
  { city: 'Lissabon', cityEn: 'Lisbon', country: 'PT', zone: 'Europe/Lisbon' },
  { city: 'Helsinki', country: 'FI', zone: 'Europe/Helsinki' },
  { city: 'Dortmund', country: 'DE', zone: 'Europe/Berlin' },
  { city: 'Gent', cityEn: 'Ghent', country: 'BE', zone: 'Europe/Brussels' },
]

const started = Date.now()
const cpuStarted = process.cpuUsage()
const seconds = () => (Date.now() - started) / 1000
// On a shared machine wall time says more about the neighbours than about the generator.
const cpuSeconds = () => {
  const used = process.cpuUsage(cpuStarted)
  return (used.user + used.system) / 1e6
}
let written = 0

/** Writes `count` records built by `build`, committing every BATCH records. */
async function write(collection: 'networks' | 'events', count: number, build: (i: number) => Doc): Promise<string[]> {
  const config = payload.collections[collection]?.config
  if (!config) throw new Error(`no ${collection} collection in the configuration`)
  const ids: string[] = []
  for (let from = 1; from <= count; from += BATCH) {
    const req = await createLocalReq({}, payload)
    await initTransaction(req)
    for (let i = from; i < from + BATCH && i <= count; i += 1) {
      const data = build(i)
      const id = crypto.randomUUID()
      // Nothing read back: re-reading each row with its relations would cost more than writing it.
      await payload.db.create({ collection, customID: id, data, req, returning: false })
      await saveVersion({ id, collection: config, docWithLocales: { ...data, id }, operation: 'create', payload, req, returning: false })
      ids.push(String(id))
    }
    await commitTransaction(req)
    written += Math.min(BATCH, count - from + 1)
    process.stdout.write(`${collection}: ${Math.min(from + BATCH - 1, count)}/${count} (${Math.round(seconds())} s)\n`)
  }
  return ids
}

/** Timestamps spread over the last years, so `sort=updated` and `modified` have something to order. */
const stamps = (i: number) => {
  const updated = new Date(Date.UTC(2023, 0, 1) + (i % 900) * 86_400_000 + i * 1000).toISOString()
  return { createdAt: updated, updatedAt: updated }
}

// Durability is irrelevant for a benchmark file that is regenerated if lost; fsync dominates otherwise.
const client = sqliteClient(payload)
if (!client) throw new Error('the synthetic register is a SQLite file')
await client.execute('PRAGMA synchronous = OFF')

const networkIds = await write('networks', networkCount, (i) => {
  const theme = pick(THEMES, i)
  const themeEn = pick(THEMES_EN, i)
  return {
    ...structuredClone(networkTemplate),
    ...stamps(i),
    _status: 'published',
    name: { de: `Synthetisches Netzwerk ${i} für ${theme}`, en: `Synthetic network ${i} for ${themeEn}` },
    acronym: `SN${i}`,
    slug: `synthetic-network-${i}`,
    category: pick(networkCategories, i).value,
    foundingInitiative: pick(foundingInitiatives, i).value,
    foundingSubtype: null,
    geographicScope: pick(geographicScopes, i).value,
    foundedYear: 1950 + (i % 75),
    themes: some(topics, i, 2),
    germanMunicipalities: some(germanMunicipalities, i, 1 + (i % 3)),
    relatedNetworks: [],
    goals: {
      de: `Ziele des synthetischen Netzwerks Nummer ${i}: Austausch über ${theme} und digitale Stadtentwicklung.`,
      en: `Goals of synthetic network number ${i}: exchange on ${themeEn} and digital urban development.`,
    },
    results: { de: `Leitfäden und Pilotprojekte zu ${theme}.`, en: i % 4 === 0 ? null : `Guides and pilots on ${themeEn}.` },
    websites: [{ id: rowId(), url: `https://network-${i}.example.org` }],
  }
})

const DAY = 86_400_000
const base = Date.UTC(2020, 0, 6, 8)
// Spread over ten years, so a run today finds past and upcoming events alike.
const step = Math.max(1, Math.floor((10 * 365 * DAY) / Math.max(eventCount, 1)))
await write('events', eventCount, (i) => {
  const place = pick(PLACES, i)
  const start = new Date(base + i * step)
  const allDay = i % 10 === 0
  const online = i % 3 === 0
  return {
    ...structuredClone(eventTemplate),
    ...stamps(i),
    _status: 'published',
    title: { de: `Synthetische Veranstaltung ${i}`, en: i % 5 === 0 ? null : `Synthetic event ${i}` },
    slug: `synthetic-event-${i}`,
    kind: pick(eventKinds, i).value,
    mode: online ? 'online' : pick(eventModes, i).value,
    status: i % 20 === 0 ? 'cancelled' : 'scheduled',
    start: start.toISOString(),
    start_tz: place.zone,
    end: new Date(start.getTime() + (allDay ? DAY : 2 * 3600 * 1000)).toISOString(),
    end_tz: place.zone,
    allDay,
    dateNote: { de: null, en: null },
    venue: online ? { de: null, en: null } : { de: `Rathaus ${place.city}`, en: `City hall ${place.cityEn ?? place.city}` },
    city: online ? { de: null, en: null } : { de: place.city, en: place.cityEn ?? place.city },
    country: online ? null : place.country,
    onlineUrl: online ? `https://events.example.org/${i}` : null,
    summary: { de: `Treffen Nummer ${i} zum Erfahrungsaustausch.`, en: `Meeting number ${i} to share experience.` },
    relatedNetworks: some(networkIds.length ? networkIds : [], i, 1 + (i % 2)),
    relatedTandems: i % 7 === 0 && tandems.length ? [pick(tandems, i)] : [],
    municipalities: i % 4 === 0 ? some(germanMunicipalities, i, 1) : [],
    topics: some(topics, i, 1 + (i % 2)),
  }
})

await client.execute('PRAGMA synchronous = FULL')
// Without statistics SQLite's planner picks a poor index for the relation subqueries of a large
// register: reading 50 000 events with their locales and relations did not finish in minutes, and
// takes seconds once ANALYZE has run.
await client.execute('ANALYZE')
fs.writeFileSync(`${path.resolve(dbFile)}.synthetic.json`, `${JSON.stringify({ networks: networkCount, events: eventCount })}\n`)
process.stdout.write(
  `generated ${networkCount} networks and ${eventCount} events in ${Math.round(seconds())} s (${Math.round(written / seconds())} records/s; ` +
    `${Math.round(cpuSeconds())} s of CPU, ${Math.round(written / cpuSeconds())} records per CPU second)\n`,
)
process.exit(0)
