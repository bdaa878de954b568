import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'
import { type Caller, callers, rest } from '../helpers/records'

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

type Doc = Record<string, unknown> & { slug: string }

/** `pnpm seed` (the runner) against the booted server's database; resolves with its output. */
function runSeed(dbFile: string): Promise<{ code: number | null; output: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'src/seed/run.ts'], {
      cwd: appRoot,
      env: {
        ...process.env,
        DATABASE_URI: `file:${dbFile}`,
        PAYLOAD_SECRET: 'test-secret-for-vie-integration-tests',
        NO_COLOR: '1',
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    })
    let output = ''
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
    child.once('exit', (code) => resolve({ code, output }))
  })
}

describe('seed', () => {
  let server: BootedServer
  let who: Record<Caller['name'], Caller>

  beforeAll(async () => {
    server = await bootServer({ env: { SEED_ON_EMPTY: 'true' }, timeoutMs: 150_000 })
    who = await callers(server.url)
  })
  afterAll(async () => {
    await server?.stop()
  })

  const total = async (caller: Caller, query: string) => (await rest(caller, 'GET', `${query}&limit=0`)).body.totalDocs
  const find = async (caller: Caller, collection: string, slug: string, query = '') => {
    const reply = await rest(caller, 'GET', `/${collection}?where[slug][equals]=${slug}${query || '&depth=0'}`)
    const [doc] = reply.body.docs as Doc[]
    if (!doc) throw new Error(`${collection}/${slug} not found`)
    return doc
  }
  const slugs = (join: unknown) => ((join as { docs: Doc[] }).docs ?? []).map((doc) => doc.slug)

  it('fills an empty database on the first start, with progress output', () => {
    for (const line of [
      /seed topics +28 created/,
      /seed municipalities +84 created/,
      /seed networks +34 created/,
      /seed tandems +7 created/,
      /seed events +20 created/,
      /seed projects +32 created/,
    ]) {
      expect(server.output()).toMatch(line)
    }
  })

  it('imports every record of the data files, published', async () => {
    expect(await total(who.anonymous, '/networks?where[_status][equals]=published')).toBe(34)
    expect(await total(who.anonymous, '/tandems?where[_status][equals]=published')).toBe(7)
    expect(await total(who.anonymous, '/events?where[_status][equals]=published')).toBe(20)
    expect(await total(who.anonymous, '/municipalities?where[slug][exists]=true')).toBe(84)
    expect(await total(who.anonymous, '/topics?where[slug][exists]=true')).toBe(28)
    expect(await total(who.editor, '/projects?where[slug][exists]=true')).toBe(32)
    expect(await total(who.editor, '/networks?draft=true&where[_status][equals]=draft')).toBe(0)
  })

  it('counts networks by category and founding initiative as the study does', async () => {
    const byCategory = {
      'national-smart-city': 7,
      'international-smart-city': 12,
      'eu-thematic': 5,
      'city-region-network': 10,
    }
    for (const [category, expected] of Object.entries(byCategory)) {
      expect(await total(who.anonymous, `/networks?where[category][equals]=${category}`), category).toBe(expected)
    }
    expect(await total(who.anonymous, '/networks?where[foundingInitiative][equals]=top-down')).toBe(16)
    expect(await total(who.anonymous, '/networks?where[foundingInitiative][equals]=bottom-up')).toBe(18)
    expect(await total(who.anonymous, '/tandems?where[kind][equals]=tandem')).toBe(6)
    expect(await total(who.anonymous, '/tandems?where[kind][equals]=tridem')).toBe(1)
  })

  it('writes German and English, with German as the fallback', async () => {
    const de = await find(who.anonymous, 'networks', 'eurocities', '&locale=de')
    const en = await find(who.anonymous, 'networks', 'eurocities', '&locale=en')
    expect(de.goals).toEqual(expect.any(String))
    expect(en.goals).toEqual(expect.any(String))
    expect(en.goals).not.toBe(de.goals)
    expect((await find(who.anonymous, 'topics', 'mobility', '&locale=en')).label).toBe('Mobility')
    expect((await find(who.anonymous, 'events', 'world-urban-forum-kairo', '&locale=en')).city).toBe('Cairo')
    expect((await find(who.anonymous, 'municipalities', 'koeln', '&locale=en')).name).toBe('Köln')
    const tandem = await find(who.anonymous, 'tandems', 'hamm-arezzo', '&locale=en')
    expect((tandem.results as { text: string }[])[0]?.text).toMatch(/^Four work priorities/)
  })

  it("gives the report's tandem municipalities a partnership profile: what each brought in and wanted", async () => {
    const arezzo = await find(who.anonymous, 'municipalities', 'arezzo', '&locale=en&depth=1')
    const partnership = arezzo.partnership as {
      offers: { topics: Doc[]; text: string }
      seeks: { topics: Doc[] }
      workingLanguages: string[]
      openToPartnership: string
    }
    expect(partnership.offers.topics.map((t) => t.slug)).toEqual(['international-cooperation', 'funding', 'climate-environment'])
    expect(partnership.offers.text).toMatch(/Eurocities/)
    expect(partnership.seeks.topics.map((t) => t.slug)).toContain('digital-administration')
    expect(partnership.workingLanguages).toEqual(['it', 'en'])
    expect(partnership.openToPartnership).toBe('yes')
    const aachen = await find(who.anonymous, 'municipalities', 'aachen')
    expect((aachen.partnership as { offers?: { topics?: unknown[] } } | undefined)?.offers?.topics ?? []).toEqual([])
  })

  it('shows the reverse relations: Hamm lists its tandem and events, München its networks', async () => {
    const hamm = await find(who.anonymous, 'municipalities', 'hamm', '&depth=1')
    expect(slugs(hamm.tandems)).toEqual(['hamm-arezzo'])
    const hammEvents = await rest(who.anonymous, 'GET', `/municipalities/${hamm.id}?depth=1&joins[events][limit]=50`)
    expect(slugs(hammEvents.body.events).sort()).toEqual(
      [
        'abschlussworkshop-debrief-2024-12',
        'digitale-tage-hamm',
        'oecd-roundtable-smart-cities-inclusive-growth-4',
        'projektabschlusstreffen-paris-2024',
        'projekttreffen-berlin-2023',
        'workshop-data-sets-in-smart-cities-2024',
        'workshop-sharing-experiences-eu-funding-2024',
      ].sort(),
    )
    expect(slugs(hamm.networks)).toEqual([])
    expect(hamm.sizeClass).toBe('grossstadt')

    const muenchen = await find(who.anonymous, 'municipalities', 'muenchen')
    const withNetworks = await rest(who.anonymous, 'GET', `/municipalities/${muenchen.id}?depth=1&joins[networks][limit]=50`)
    expect(slugs(withNetworks.body.networks)).toEqual(expect.arrayContaining(['eurocities', 'energy-cities', 'civitas']))
    expect(slugs(withNetworks.body.networks)).toHaveLength(9)
    expect(slugs(withNetworks.body.tandems)).toEqual(['muenchen-utrecht'])

    const mpsc = await rest(who.editor, 'GET', `/networks/${(await find(who.editor, 'networks', 'modellprojekte-smart-cities')).id}`)
    expect((mpsc.body.fundedProjects as { hasNextPage: boolean }).hasNextPage).toBe(true)
    expect(await total(who.editor, `/projects?where[network][equals]=${mpsc.body.id}`)).toBe(32)
  })

  it('records the choices taken where the sources disagree', async () => {
    expect((await find(who.anonymous, 'networks', 'eukn')).foundingInitiative).toBe('top-down')
    expect((await find(who.anonymous, 'networks', 'connective-cities')).foundingInitiative).toBe('bottom-up')
    expect((await find(who.anonymous, 'networks', 'eltis')).foundingSubtype).toBeNull()
    expect((await find(who.anonymous, 'networks', 'smart-cities-marketplace')).foundedYear).toBe(2012)
    expect((await find(who.anonymous, 'networks', 'eukn')).foundedYear).toBe(2007)
    expect((await find(who.anonymous, 'networks', 'urbact')).contactEmail).toBeNull()
    const debrief = await find(who.anonymous, 'events', 'abschlussworkshop-debrief-2024-12')
    expect(debrief.start).toBe('2024-12-09T23:00:00.000Z')
    expect(debrief.start_tz).toBe('Europe/Berlin')
    expect(debrief.title).toMatch(/Smart City Expo World Congress/)
    expect((await find(who.anonymous, 'events', 'vernetzungsworkshop-leipzig')).start).toBe('2023-09-20T22:00:00.000Z')
  })

  it('a second run changes nothing and adds no versions', async () => {
    const versions = async () =>
      Promise.all(['networks', 'tandems', 'events'].map((collection) => total(who.admin, `/${collection}/versions?depth=0`)))
    const lastChange = async () =>
      Promise.all(
        ['networks', 'tandems', 'events', 'municipalities', 'topics', 'projects'].map(
          async (collection) => ((await rest(who.admin, 'GET', `/${collection}?sort=-updatedAt&limit=1&depth=0`)).body.docs as Doc[])[0]?.updatedAt,
        ),
      )
    const versionsBefore = await versions()
    const changedBefore = await lastChange()

    const { code, output } = await runSeed(server.dbFile)
    expect(code, output).toBe(0)
    const lines = output.split('\n').filter((line) => line.startsWith('seed '))
    expect(lines).toHaveLength(6)
    for (const line of lines) expect(line).toMatch(/ 0 created, 0 updated, \d+ unchanged$/)

    expect(await versions()).toEqual(versionsBefore)
    expect(await lastChange()).toEqual(changedBefore)
  })
})
