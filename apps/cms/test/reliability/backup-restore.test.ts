import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { Json } from '../helpers/api'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { createBaseRefs } from '../helpers/recordFixtures'
import { type BaseRefs, restInput } from '../helpers/recordInputs'
import { type Caller, callers, idOf, pngImage, rest, uploadImage } from '../helpers/records'
import { runScript } from './cli'
import { registerState, type RegisterState, withoutVersionIds } from './registerState'
import { startWriteStream } from './writeStream'

const STREAM = 'Sicherungslauf'

let server: BootedServer
let who: Record<Caller['name'], Caller>
let refs: BaseRefs
const servers: BootedServer[] = []
const folder = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-backups-'))

const boot = async (dataDir?: string) => {
  server = await bootServer({ dataDir })
  servers.push(server)
  // Same secret and restored sessions: the tokens from before the restore stay valid.
  if (who) for (const caller of Object.values(who)) caller.url = server.url
  return server
}

beforeAll(async () => {
  await boot()
  who = await callers(server.url)
  refs = await createBaseRefs(who.admin)
})

afterAll(async () => {
  for (const booted of servers) await booted.stop()
  fs.rmSync(folder, { recursive: true, force: true })
})

const fileBytes = async (url: string): Promise<Buffer> => {
  const res = await fetch(url)
  expect(res.status, url).toBe(200)
  return Buffer.from(await res.arrayBuffer())
}

/** The records the write stream made while the backup ran, per stream worker, in order. */
const streamTopics = (state: RegisterState) => (state.topics?.docs ?? []).filter((doc) => JSON.stringify(doc).includes(STREAM))
const withoutStream = (state: RegisterState): RegisterState => ({
  ...state,
  topics: { docs: (state.topics?.docs ?? []).filter((doc) => !JSON.stringify(doc).includes(STREAM)), versions: [] },
})

// Each test runs the CLI and restarts the server; on two shared cores that takes minutes.
describe('pnpm backup / pnpm restore', { timeout: 240_000 }, () => {
  let media: Json
  let image: Buffer
  let networkId: string
  const sqliteBackup = path.join(folder, 'vie.backup.gz')

  it('takes a consistent SQLite snapshot while editors keep writing', async () => {
    const uploaded = await uploadImage(who.editor, { alt: { de: 'Logo des Netzwerks', en: 'Logo of the network' } }, {
      bytes: new Uint8Array(await pngImage(400, 240)),
    })
    expect(uploaded.status, JSON.stringify(uploaded.body)).toBe(201)
    media = uploaded.body.doc as Json
    image = await fileBytes(`${server.url}${String(media.url)}`)

    // A record with both locales, a published version and a newer draft, and an upload reference.
    networkId = idOf(await rest(who.editor, 'POST', '/networks?locale=de', { ...restInput('networks', refs), logo: media.id, sourceNote: 'Quelle: Studie' }))
    expect((await rest(who.editor, 'PATCH', `/networks/${networkId}?locale=en`, { sourceNote: 'Source: study', _status: 'published' })).status).toBe(200)
    expect((await rest(who.editor, 'PATCH', `/networks/${networkId}?locale=de&draft=true`, { sourceNote: 'Entwurf', _status: 'draft' })).status).toBe(200)
    for (const collection of ['events', 'tandems', 'projects'] as const) idOf(await rest(who.editor, 'POST', `/${collection}`, restInput(collection, refs)))

    const before = await registerState(who.admin)
    const stream = startWriteStream(who.editor, STREAM, 2)
    while (stream.count() < 4) await new Promise((resolve) => setTimeout(resolve, 50))
    const acknowledgedBefore = stream.count()
    const backup = await runScript('backup', [sqliteBackup], server.dbFile)
    const written = await stream.stop()
    expect(backup.code, backup.output).toBe(0)
    const sizes = Object.values(media.sizes as Record<string, { filename: string | null; url: string | null }>)
    const stored = new Set([media.filename, ...sizes.map((size) => size.filename)].filter(Boolean)).size
    expect(backup.output, JSON.stringify(media)).toContain(`(sqlite, ${stored} media files)`)
    expect(stream.socketErrors()).toBe(0)
    expect(written.length).toBeGreaterThan(0)

    // Changes after the backup that the restore must undo: the record and its image are deleted.
    expect((await rest(who.editor, 'DELETE', `/networks/${networkId}`)).status).toBe(200)
    expect((await rest(who.editor, 'DELETE', `/media/${String(media.id)}`)).status).toBe(200)
    const mediaFile = path.join(server.dataDir, 'media', String(media.filename))
    expect(fs.existsSync(mediaFile)).toBe(false)

    const whileRunning = await runScript('restore', [sqliteBackup], server.dbFile)
    expect(whileRunning.code, whileRunning.output).toBe(3)
    expect(whileRunning.output).toMatch(/restore refused: .* is open in another process \(is the VIE server running\?\)/)

    await server.stop()
    const restored = await runScript('restore', [sqliteBackup], server.dbFile)
    expect(restored.code, restored.output).toBe(0)
    await boot(server.dataDir)

    const after = await registerState(who.admin)
    expect(withoutStream(after)).toEqual(withoutStream(before))
    // A snapshot of one moment: each worker's topics are an unbroken run from its first one.
    const rounds = streamTopics(after).map((doc) => /(\d+)-(\d+)/.exec(JSON.stringify(doc.label)))
    expect(rounds.length).toBeGreaterThanOrEqual(Math.floor(acknowledgedBefore / 2))
    for (const worker of ['0', '1']) {
      const mine = rounds.filter((match) => match?.[1] === worker).map((match) => Number(match?.[2])).sort((a, b) => a - b)
      expect(mine).toEqual(mine.map((_, index) => index))
    }
    expect(await fileBytes(`${server.url}${String(media.url)}`)).toEqual(image)
    for (const size of sizes) if (size.url) await fileBytes(`${server.url}${size.url}`)
  })

  it('refuses a file that is not a VIE backup and changes nothing', async () => {
    const stranger = path.join(folder, 'notes.gz')
    fs.writeFileSync(stranger, 'just some text')
    const result = await runScript('restore', [stranger], path.join(folder, 'untouched.db'))
    expect(result.code, result.output).toBe(3)
    expect(result.output).toMatch(/restore refused: .*notes\.gz is not a VIE backup \(not a gzip file\); nothing was changed/)
    expect(fs.existsSync(path.join(folder, 'untouched.db'))).toBe(false)
  })

  it('exports every collection as JSON through Payload and imports it into an empty database', async () => {
    const jsonBackup = path.join(folder, 'vie.json.gz')
    const backup = await runScript('backup', [jsonBackup, '--format', 'json'], server.dbFile)
    expect(backup.code, backup.output).toBe(0)
    const before = await registerState(who.admin)
    expect(before.networks?.versions.filter((version) => version.parent === networkId).length).toBe(3)

    const freshDir = fs.mkdtempSync(path.join(os.tmpdir(), 'vie-restore-json-'))
    const restored = await runScript('restore', [jsonBackup], path.join(freshDir, 'vie.db'))
    expect(restored.code, restored.output).toBe(0)
    await server.stop()
    await boot(freshDir)

    expect(withoutVersionIds(await registerState(who.admin))).toEqual(withoutVersionIds(before))
    expect(await fileBytes(`${server.url}${String(media.url)}`)).toEqual(image)
  })
})
