import type { NetworkCard, Page, Problem } from '@vie/types'
import { expect } from 'vitest'

export async function getJson<T>(url: string, headers: Record<string, string> = {}): Promise<{ res: Response; body: T }> {
  const res = await fetch(url, { headers })
  return { res, body: (await res.json()) as T }
}

/** Asserts an RFC 9457 answer and returns it. */
export async function expectProblem(url: string, status: number, headers: Record<string, string> = {}): Promise<Problem> {
  const res = await fetch(url, { headers })
  expect(res.status, url).toBe(status)
  expect(res.headers.get('content-type'), url).toMatch(/^application\/problem\+json/)
  expect(res.headers.get('access-control-allow-origin'), url).toBe('*')
  const body = (await res.json()) as Problem
  expect(body.status).toBe(status)
  expect(body.title.length).toBeGreaterThan(0)
  expect(body.detail.length).toBeGreaterThan(0)
  return body
}

export const slugs = (page: Page<{ slug: string }>): string[] => page.items.map((i) => i.slug)

export type NetworkPage = Page<NetworkCard>

/** Polls until `check` holds; fails after `timeoutMs` (a bound against hanging, not a speed claim). */
export async function eventually(check: () => Promise<boolean>, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`condition not met within ${timeoutMs} ms`)
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
