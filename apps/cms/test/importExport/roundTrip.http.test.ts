import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { login } from '../helpers/api'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { IMPORT_ORDER } from '../../src/importExport/collections'
import { allRecords, comparable, exportFile, importFile, linkNames } from './helpers'

/**
 * Export everything from a seeded server over HTTP, import it into a fresh empty one in the
 * documented order, and compare every record field by field in both languages.
 */
describe.each(['csv', 'json'] as const)('round trip through %s into an empty database', (format) => {
  let seeded: BootedServer
  let empty: BootedServer
  let seededToken: string
  let emptyToken: string

  beforeAll(async () => {
    ;[seeded, empty] = await Promise.all([bootServer({ env: { SEED_ON_EMPTY: 'true' } }), bootServer()])
    seededToken = await login(seeded.url, 'admin@vie.test', 'admin-password-123')
    emptyToken = await login(empty.url, 'admin@vie.test', 'admin-password-123')
  }, 180_000)
  afterAll(async () => {
    await Promise.all([seeded?.stop(), empty?.stop()])
  })

  it('reproduces every record of every editorial collection in German and English', async () => {
    for (const collection of IMPORT_ORDER) {
      const file = await exportFile(seeded.url, seededToken, collection, format)
      const { status, body } = await importFile(empty.url, emptyToken, collection, format, file, true)
      expect(status, `${collection}: ${JSON.stringify(body).slice(0, 2000)}`).toBe(200)
      expect(body.counts.error, `${collection}: ${JSON.stringify(body.rows.filter((r) => r.errors.length))}`).toBe(0)
      expect(body.applied).toBe(true)
    }
    const everything = async (base: string, token: string) =>
      Object.fromEntries(await Promise.all(IMPORT_ORDER.map(async (c) => [c, await allRecords(base, token, c)] as const)))
    const [originals, copies] = await Promise.all([everything(seeded.url, seededToken), everything(empty.url, emptyToken)])
    const [originalLinks, copyLinks] = [linkNames(originals), linkNames(copies)]
    for (const collection of IMPORT_ORDER) {
      const [original, copy] = [originals[collection] ?? [], copies[collection] ?? []]
      expect(original.length, collection).toBeGreaterThan(0)
      expect(copy.map((d) => d.slug)).toEqual(original.map((d) => d.slug))
      for (const [i, doc] of original.entries()) {
        expect(comparable(copy[i], copyLinks), `${collection}/${doc.slug}`).toEqual(comparable(doc, originalLinks))
      }
    }
  }, 600_000)

  it('a second import of the same file changes nothing', async () => {
    const file = await exportFile(seeded.url, seededToken, 'networks', format)
    const { status, body } = await importFile(empty.url, emptyToken, 'networks', format, file, false)
    expect(status).toBe(200)
    expect(body.counts.unchanged).toBe(body.rows.length)
  }, 120_000)
})
