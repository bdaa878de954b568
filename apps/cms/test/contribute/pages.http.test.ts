import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'

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

  it('answer 404 for collections that take no proposals and for names that cannot be slugs', async () => {
    for (const path of ['/contribute/users/admin', '/contribute/networks/%3Cscript%3E', '/contribute/tandems/Hamm Arezzo', `/contribute/municipalities/${'a'.repeat(200)}`]) {
      const res = await fetch(`${server.url}${encodeURI(decodeURI(path))}`)
      expect(res.status, path).toBe(404)
      expect(await res.text()).toBe('Diese Seite gibt es nicht.')
    }
  })
})
