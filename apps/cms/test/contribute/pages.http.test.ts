import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'
import { solvedChallenge } from '../helpers/proposalChallenge'

describe('contribution pages', () => {
  let server: BootedServer
  beforeAll(async () => {
    server = await bootServer()
  })
  afterAll(async () => {
    await server?.stop()
  })

  it('frame the contribution form for a record, in the language asked for, under the strict policy', async () => {
    const res = await fetch(`${server.url}/contribute/municipalities/hamm?lang=en`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/html/)
    const policy = res.headers.get('content-security-policy') ?? ''
    expect(policy).toContain("script-src 'self'")
    expect(policy).toContain("connect-src 'self'")
    expect(policy).not.toContain('unsafe-inline')
    const page = await res.text()
    expect(page).toContain('<html lang="en">')
    expect(page).toContain('<title>Suggest a change – VIE</title>')
    expect(page).toMatch(/<vie-contribution-form collection="municipalities" slug="hamm" lang="en" theme="auto" heading-level="1">/)
    expect(page).toMatch(/<script type="module" src="\/widgets\/v1\/vie-widgets\.[0-9a-f]{12}\.js" integrity="sha384-/)
    expect(page).toContain('href="/contribute/municipalities/hamm?lang=de"')
    expect(page).toContain('href="/public/v1/municipalities/hamm?lang=en"')
  })

  it('offer a new event in German by default', async () => {
    const res = await fetch(`${server.url}/contribute/events/new`)
    expect(res.status).toBe(200)
    const page = await res.text()
    expect(page).toContain('<html lang="de">')
    expect(page).toContain('<title>Veranstaltung melden – VIE</title>')
    expect(page).toMatch(/<vie-contribution-form collection="events" lang="de"/)
  })

  it('without SMTP_URL write the confirmation mail to the log, link included, so it can be followed', async () => {
    const sent = await fetch(`${server.url}/public/v1/proposals?lang=en`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        target: { collection: 'events', new: true },
        changes: { 'title.de': 'Werkstatt offene Daten', kind: 'workshop', start: '2027-02-01T09:00:00.000Z', start_tz: 'Europe/Berlin' },
        message: '',
        submitter: { name: 'Dev Eloper', email: 'dev@example.test', organisation: '' },
        consent: true,
        website: '',
        altcha: await solvedChallenge(server.url),
      }),
    })
    expect(sent.status).toBe(202)
    const logged = () => /Mail \(not sent\) to dev@example\.test[\s\S]*?(https?:\/\/\S+\/proposals\/confirm\?\S+)/.exec(server.output())?.[1]
    await expect.poll(logged).toBeDefined()
    const confirmed = await fetch(logged()!)
    expect(confirmed.status).toBe(200)
    expect(await confirmed.text()).toContain('your proposal is confirmed')
  })

  it('answer 404 for collections that take no proposals and for names that cannot be slugs', async () => {
    for (const path of ['/contribute/users/admin', '/contribute/networks/%3Cscript%3E', '/contribute/tandems/Hamm Arezzo', `/contribute/municipalities/${'a'.repeat(200)}`]) {
      const res = await fetch(`${server.url}${encodeURI(decodeURI(path))}`)
      expect(res.status, path).toBe(404)
      expect(await res.text()).toBe('Diese Seite gibt es nicht.')
    }
  })
})
