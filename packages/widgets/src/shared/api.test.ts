import { afterEach, describe, expect, it, vi } from 'vitest'

import { ApiError, apiUrl, getJson } from './api'

describe('apiUrl', () => {
  it('puts parameters in a stable order, repeats arrays and leaves out empty values', () => {
    const a = apiUrl('https://vie.example', 'networks', { scope: 'european', theme: ['data', 'mobility'], lang: 'en', q: '', sort: undefined })
    const b = apiUrl('https://vie.example/', 'networks', { lang: 'en', theme: ['data', 'mobility'], scope: 'european' })
    expect(a).toBe('https://vie.example/public/v1/networks?lang=en&scope=european&theme=data&theme=mobility')
    expect(b).toBe(a)
  })

  it('keeps a path prefix of the base and encodes values', () => {
    expect(apiUrl('https://city.example/vie/', 'events', { q: 'Köln & co' })).toBe('https://city.example/vie/public/v1/events?q=K%C3%B6ln+%26+co')
  })
})

describe('getJson', () => {
  afterEach(() => {
    vi.restoreAllMocks()
  })

  // A real file of the test server: the request travels, nothing is faked.
  const url = (probe: string) => new URL(`/package.json?probe=${probe}`, location.origin).href

  it('sends identical requests of several widgets once and without credentials', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const target = url(`shared-${Date.now()}`)
    const answers = await Promise.all([getJson<{ name: string }>(target), getJson<{ name: string }>(target), getJson<{ name: string }>(target)])
    expect(answers.map((a) => a.name)).toEqual(['@vie/widgets', '@vie/widgets', '@vie/widgets'])
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    const init = fetchSpy.mock.calls[0]?.[1]
    expect(init?.credentials).toBe('omit')
    await getJson(target)
    expect(fetchSpy).toHaveBeenCalledTimes(1)
    await getJson(url(`other-${Date.now()}`))
    expect(fetchSpy).toHaveBeenCalledTimes(2)
  })

  it('rejects with status 0 when the API cannot be reached and asks again on retry', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const down = 'http://127.0.0.1:9/public/v1/networks'
    const first = await getJson(down).catch((e: unknown) => e)
    expect(first).toBeInstanceOf(ApiError)
    expect((first as ApiError).status).toBe(0)
    await getJson(down).catch(() => undefined)
    expect(fetchSpy).toHaveBeenCalledTimes(2)
  })
})
