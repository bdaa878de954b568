import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { bootServer, type BootedServer } from '../helpers/bootServer'
import { login } from '../helpers/api'
import { rest, type Caller } from '../helpers/records'
import { type LinkServer, startLinkServer } from './linkServer'

/** The link check queues itself on LINK_CHECK_CRON and the autorun works it off. */
describe('the scheduled link check', () => {
  let server: BootedServer
  let links: LinkServer
  let admin: Caller

  beforeAll(async () => {
    links = await startLinkServer()
    // Every two seconds, so the test need not wait for Monday night.
    server = await bootServer({ env: { LINK_CHECK_CRON: '*/2 * * * * *', JOBS_AUTORUN_CRON: '* * * * * *' } })
    admin = { name: 'admin', url: server.url, token: await login(server.url, 'admin@vie.test', 'admin-password-123') }
  })
  afterAll(async () => {
    await server?.stop()
    await links?.close()
  })

  it('checks a new record’s links without anyone asking', async () => {
    const created = await rest(admin, 'POST', '/municipalities', {
      name: 'Planstadt',
      kind: 'municipality',
      country: 'DE',
      website: `${links.url}/missing`,
    })
    expect(created.status).toBe(201)
    const id = (created.body.doc as { id: string }).id
    await expect
      .poll(
        async () => {
          const reply = await rest(admin, 'GET', `/municipalities/${id}?depth=0`)
          return (reply.body.linkCheck as { brokenCount?: number } | null)?.brokenCount ?? null
        },
        { timeout: 30_000, interval: 500 },
      )
      .toBe(1)
  })
})
