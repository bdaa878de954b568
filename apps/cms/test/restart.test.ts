import { describe, expect, it } from 'vitest'

import { authHeaders, login } from './helpers/api'
import { bootServer } from './helpers/bootServer'

type Page = { totalDocs: number; docs: { id: string; goals?: string }[] }

const count = async (url: string, collection: string, token: string): Promise<number> => {
  const res = await fetch(`${url}/api/${collection}?limit=0&draft=true&depth=0`, { headers: authHeaders(token) })
  return ((await res.json()) as Page).totalDocs
}

describe('restart on an existing database', () => {
  it('keeps every record and every edit, and does not seed again', async () => {
    const first = await bootServer({ env: { SEED_ON_EMPTY: 'true' } })
    const collections = ['networks', 'tandems', 'municipalities', 'events', 'projects', 'topics', 'users']
    let before: number[] = []
    let networkId = ''
    try {
      const token = await login(first.url, 'admin@vie.test', 'admin-password-123')
      const found = await fetch(`${first.url}/api/networks?where[slug][equals]=eurocities&depth=0`, { headers: authHeaders(token) })
      networkId = ((await found.json()) as Page).docs[0]?.id ?? ''
      const edited = await fetch(`${first.url}/api/networks/${networkId}?locale=en`, {
        method: 'PATCH',
        headers: authHeaders(token),
        body: JSON.stringify({ goals: 'Goals edited before the restart.', _status: 'published' }),
      })
      expect(edited.status).toBe(200)
      before = await Promise.all(collections.map((c) => count(first.url, c, token)))
      expect(before[0]).toBe(34)
      expect(await first.stop()).toBe(0)
    } finally {
      await first.stop()
    }

    const second = await bootServer({ dataDir: first.dataDir, env: { SEED_ON_EMPTY: 'true' } })
    try {
      expect(second.output()).not.toMatch(/seed networks/)
      expect(second.output()).not.toMatch(/First admin created/)
      const token = await login(second.url, 'admin@vie.test', 'admin-password-123')
      expect(await Promise.all(collections.map((c) => count(second.url, c, token)))).toEqual(before)
      const network = await fetch(`${second.url}/api/networks/${networkId}?locale=en&depth=0`)
      expect(((await network.json()) as { goals: string }).goals).toBe('Goals edited before the restart.')
    } finally {
      await second.stop()
    }
  })
})
