import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { useRecordServer } from '../helpers/recordServer'
import { type Caller, idOf, rest } from '../helpers/records'
import { restInput } from '../helpers/recordInputs'
import { type LinkServer, startLinkServer } from './linkServer'

type Stamped = {
  id: string
  slug: string
  reviewedAt?: string | null
  reviewedBy?: string | null
  updatedBy?: string | null
  linkCheck?: { checkedAt: string; brokenCount: number; results: Result[] } | null
}
type Result = { field: string; url: string; status: number | null; finalUrl: string; redirects: string[]; ok: boolean; error: string | null }

/**
 * The review stamp and the link check write bookkeeping fields without adding content versions,
 * keep them through later saves, and show them to editors only.
 */
describe('mark as reviewed and the link check over HTTP', () => {
  const ctx = useRecordServer()
  let links: LinkServer
  let editor: Caller
  let networkId: string

  const versionCount = async (collection: string, id: string): Promise<number> => {
    const reply = await rest(editor, 'GET', `/${collection}/versions?where[parent][equals]=${id}&limit=1`)
    expect(reply.status).toBe(200)
    return reply.body.totalDocs as number
  }
  const read = async (collection: string, id: string, caller = editor, draft = false): Promise<Stamped> => {
    const reply = await rest(caller, 'GET', `/${collection}/${id}?depth=0${draft ? '&draft=true' : ''}`)
    expect(reply.status).toBe(200)
    return reply.body as Stamped
  }
  const review = (body: unknown, caller = editor) => rest(caller, 'POST', '/editorial/review', body)

  beforeAll(async () => {
    links = await startLinkServer()
    editor = ctx.who.editor
    networkId = idOf(
      await rest(editor, 'POST', '/networks', {
        ...restInput('networks', ctx.refs),
        websites: [{ url: `${links.url}/ok` }, { url: `${links.url}/missing` }, { url: `${links.url}/moved` }],
      }),
    )
    // A draft on top of the published record: the newest version is not the document itself.
    expect((await rest(editor, 'PATCH', `/networks/${networkId}?draft=true`, { acronym: 'DRAFT' })).status).toBe(200)
  })
  afterAll(async () => {
    await links?.close()
  })

  it('stamps a record as reviewed without a new version, and a later publish keeps the stamp', async () => {
    const before = await versionCount('networks', networkId)
    const reply = await review({ collection: 'networks', ids: [networkId] })
    expect(reply.status).toBe(200)
    const { reviewedAt } = reply.body as { reviewedAt: string }
    expect(await versionCount('networks', networkId)).toBe(before)

    const editorMe = (await rest(editor, 'GET', '/users/me')).body.user as { id: string }
    const draft = await read('networks', networkId, editor, true)
    expect(draft.reviewedAt).toBe(reviewedAt)
    expect(draft.reviewedBy).toBe(editorMe.id)
    expect((await read('networks', networkId)).reviewedAt).toBe(reviewedAt)

    // The edit form still holds the old (empty) stamp when the editor publishes.
    const published = await rest(editor, 'PATCH', `/networks/${networkId}`, { _status: 'published', acronym: 'PUB' })
    expect(published.status).toBe(200)
    expect(await versionCount('networks', networkId)).toBe(before + 1)
    const after = await read('networks', networkId)
    expect(after.reviewedAt).toBe(reviewedAt)
    expect(after.reviewedBy).toBe(editorMe.id)
    expect(after.updatedBy).toBe(editorMe.id)
  })

  it('stamps several records of a collection in one request', async () => {
    const [a, b] = ctx.refs.municipalities
    const reply = await review({ collection: 'municipalities', ids: [a, b] })
    expect(reply.status).toBe(200)
    for (const id of [a, b]) expect((await read('municipalities', id)).reviewedAt).toBe(reply.body.reviewedAt)
  })

  it('refuses bad requests with 400 and stamps nothing', async () => {
    const [a] = ctx.refs.municipalities
    const stamp = (await read('municipalities', a)).reviewedAt
    for (const body of [
      { collection: 'users', ids: [a] },
      { collection: 'events', ids: [a] },
      { collection: 'municipalities', ids: [] },
      { collection: 'municipalities', ids: 'all' },
      { collection: 'municipalities', ids: [a, { id: a }] },
      { collection: 'municipalities', ids: [a, 'no-such-record'] },
      'not json',
    ]) {
      const reply = await review(body)
      expect(reply.status, JSON.stringify(body)).toBe(400)
      expect((reply.body.errors as { message: string }[])[0]?.message).toBeTruthy()
    }
    expect((await read('municipalities', a)).reviewedAt).toBe(stamp)
  })

  it('lets only editors stamp: anonymous 401, cross-site cookie writes 403', async () => {
    const [a] = ctx.refs.municipalities
    expect((await review({ collection: 'municipalities', ids: [a] }, ctx.who.anonymous)).status).toBe(401)
    const crossSite = await fetch(`${ctx.server.url}/api/editorial/review`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', cookie: `payload-token=${editor.token}`, origin: 'https://evil.example' },
      body: JSON.stringify({ collection: 'municipalities', ids: [a] }),
    })
    expect(crossSite.status).toBe(403)
  })

  it('checks every link of published records: 404 flagged, redirect recorded, no new version', async () => {
    const municipality = ctx.refs.municipalities[1]
    expect((await rest(editor, 'PATCH', `/municipalities/${municipality}`, { website: `${links.url}/no-head` })).status).toBe(200)
    const before = await versionCount('networks', networkId)

    const reply = await rest(editor, 'POST', '/editorial/link-check')
    expect(reply.status).toBe(200)
    expect(reply.body.status).toBe('success')
    expect(await versionCount('networks', networkId)).toBe(before)

    const check = (await read('networks', networkId)).linkCheck
    expect(check?.brokenCount).toBe(1)
    const byField = new Map(check?.results.map((result) => [result.field, result]))
    expect(byField.get('websites.0.url')).toMatchObject({ status: 200, ok: true, redirects: [] })
    expect(byField.get('websites.1.url')).toMatchObject({ status: 404, ok: false, url: `${links.url}/missing` })
    expect(byField.get('websites.2.url')).toMatchObject({
      status: 200,
      ok: true,
      finalUrl: `${links.url}/ok`,
      redirects: [`${links.url}/moved`],
    })
    // HEAD refused with 405, so GET was asked and answered.
    expect((await read('municipalities', municipality)).linkCheck?.results[0]).toMatchObject({ field: 'website', status: 200, ok: true })
    expect(links.hits.filter((hit) => hit.path === '/no-head').map((hit) => hit.method)).toEqual(['HEAD', 'GET'])
    expect(links.hits.every((hit) => hit.userAgent.startsWith('VIE-LinkCheck/'))).toBe(true)
  })

  it('keeps the link check through a later save', async () => {
    const saved = await rest(editor, 'PATCH', `/networks/${networkId}`, { acronym: 'SAVED', linkCheck: null, reviewedAt: null })
    expect(saved.status).toBe(200)
    expect((await read('networks', networkId)).linkCheck?.brokenCount).toBe(1)
    expect((await read('networks', networkId)).reviewedAt).toBeTruthy()
  })

  it('shows the bookkeeping fields to editors only', async () => {
    const anonymous = await read('networks', networkId, ctx.who.anonymous)
    expect(anonymous).not.toHaveProperty('linkCheck')
    expect(anonymous).not.toHaveProperty('reviewedAt')
    expect(anonymous).not.toHaveProperty('updatedBy')
    const slug = anonymous.slug
    for (const lang of ['de', 'en']) {
      const res = await fetch(`${ctx.server.url}/public/v1/networks/${slug}?lang=${lang}`)
      expect(res.status).toBe(200)
      const text = await res.text()
      for (const word of ['linkCheck', 'reviewed', 'updatedBy', 'brokenCount']) expect(text).not.toContain(word)
    }
    expect((await rest(ctx.who.anonymous, 'POST', '/editorial/link-check')).status).toBe(401)
  })
})
