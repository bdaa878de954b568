import { beforeAll, afterAll, describe, expect, it } from 'vitest'

import { useRecordServer } from '../helpers/recordServer'
import { type Caller, idOf, rest } from '../helpers/records'
import { restInput } from '../helpers/recordInputs'
import { type LinkServer, startLinkServer } from './linkServer'

type Check = { checkedAt: string; brokenCount: number; results: { url: string; ok: boolean; status: number | null }[]; ignoredUrls?: string[] | null }
type Doc = { id: string; linkCheck?: Check | null }

/**
 * "Ignore this link" and "check again" from the dashboard: an ignored link stays checked but no
 * longer counts, survives later checks, and neither action writes a version (both write through
 * writeInternalFields, whose own tests cover `updatedAt`).
 */
describe('ignoring a broken link and checking one record again over HTTP', () => {
  const ctx = useRecordServer()
  let links: LinkServer
  let editor: Caller
  let networkId: string
  let otherId: string

  const read = async (id: string): Promise<Doc> => {
    const reply = await rest(editor, 'GET', `/networks/${id}?depth=0`)
    expect(reply.status).toBe(200)
    return reply.body as Doc
  }
  const versions = async (id: string): Promise<number> =>
    (await rest(editor, 'GET', `/networks/versions?where[parent][equals]=${id}&limit=1`)).body.totalDocs as number

  beforeAll(async () => {
    links = await startLinkServer()
    editor = ctx.who.editor
    const create = async (paths: string[]) =>
      idOf(await rest(editor, 'POST', '/networks', { ...restInput('networks', ctx.refs), websites: paths.map((path) => ({ url: `${links.url}${path}` })) }))
    networkId = await create(['/ok', '/missing', '/gone'])
    otherId = await create(['/missing'])
    expect((await rest(editor, 'POST', '/editorial/link-check')).status).toBe(200)
  })
  afterAll(async () => {
    await links?.close()
  })

  it('ignores one broken link without a new version', async () => {
    const before = await read(networkId)
    expect(before.linkCheck?.brokenCount).toBe(2)
    const count = await versions(networkId)

    const reply = await rest(editor, 'POST', '/editorial/link-check/ignore', { collection: 'networks', id: networkId, url: `${links.url}/missing` })
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ ignoredUrls: [`${links.url}/missing`], brokenCount: 1 })

    const after = await read(networkId)
    expect(after.linkCheck?.ignoredUrls).toEqual([`${links.url}/missing`])
    expect(after.linkCheck?.brokenCount).toBe(1)
    expect(after.linkCheck?.results).toHaveLength(3)
    expect(await versions(networkId)).toBe(count)
  })

  it('checks one record again: only its links are asked, and the ignored link stays ignored', async () => {
    const before = await read(networkId)
    const other = await read(otherId)
    const hits = links.hits.length

    const reply = await rest(editor, 'POST', '/editorial/link-check', { collection: 'networks', id: networkId })
    expect(reply.status).toBe(200)
    expect(reply.body).toMatchObject({ records: 1, links: 3, broken: 1 })
    const asked = links.hits.slice(hits).map((hit) => hit.path)
    expect(new Set(asked)).toEqual(new Set(['/ok', '/missing', '/gone']))

    const after = await read(networkId)
    expect((after.linkCheck?.checkedAt ?? '') > (before.linkCheck?.checkedAt ?? '')).toBe(true)
    expect(after.linkCheck?.ignoredUrls).toEqual([`${links.url}/missing`])
    expect(after.linkCheck?.brokenCount).toBe(1)
    // The other record was not checked again.
    expect((await read(otherId)).linkCheck?.checkedAt).toBe(other.linkCheck?.checkedAt)

    // The full check keeps the ignored link too.
    expect((await rest(editor, 'POST', '/editorial/link-check')).status).toBe(200)
    expect((await read(networkId)).linkCheck).toMatchObject({ ignoredUrls: [`${links.url}/missing`], brokenCount: 1 })
    expect((await read(otherId)).linkCheck?.brokenCount).toBe(1)
  })

  it('forgets an ignored link once the record no longer links to it', async () => {
    const saved = await rest(editor, 'PATCH', `/networks/${networkId}`, { websites: [{ url: `${links.url}/ok` }, { url: `${links.url}/gone` }] })
    expect(saved.status).toBe(200)
    expect((await rest(editor, 'POST', '/editorial/link-check', { collection: 'networks', id: networkId })).status).toBe(200)
    expect((await read(networkId)).linkCheck).toMatchObject({ ignoredUrls: [], brokenCount: 1 })
  })

  it('refuses bad requests with 400 and changes nothing', async () => {
    const before = await read(otherId)
    for (const body of [
      { collection: 'users', id: otherId, url: `${links.url}/missing` },
      { collection: 'networks', id: { id: otherId }, url: `${links.url}/missing` },
      { collection: 'networks', id: otherId },
      { collection: 'networks', id: otherId, url: `${links.url}/ok-but-not-linked` },
      { collection: 'networks', id: otherId.replace(/.$/, (c) => (c === 'a' ? 'b' : 'a')), url: `${links.url}/missing` },
      'not json',
    ]) {
      const reply = await rest(editor, 'POST', '/editorial/link-check/ignore', body)
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect((reply.body.errors as { message: string }[])[0]?.message).toBeTruthy()
    }
    for (const body of [{ collection: 'tandems', id: otherId }, { collection: 'networks' }, { collection: 'networks', id: 'no such id' }]) {
      const reply = await rest(editor, 'POST', '/editorial/link-check', body)
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect((reply.body.errors as { message: string }[])[0]?.message).toBeTruthy()
    }
    expect((await read(otherId)).linkCheck).toEqual(before.linkCheck)
  })

  it('lets only signed-in editors ignore or check again', async () => {
    const body = { collection: 'networks', id: otherId, url: `${links.url}/missing` }
    expect((await rest(ctx.who.anonymous, 'POST', '/editorial/link-check/ignore', body)).status).toBe(401)
    expect((await rest(ctx.who.anonymous, 'POST', '/editorial/link-check', { collection: 'networks', id: otherId })).status).toBe(401)
    expect((await read(otherId)).linkCheck?.ignoredUrls ?? []).toEqual([])
  })
})
