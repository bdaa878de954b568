import type { LinkCheckSettings } from './settings'
import type { LinkResult } from './types'

/** Statuses that mean "this server does not do HEAD", after which GET is tried. */
const HEAD_REFUSED = new Set([405, 501])

type Hop = { status: number; location: string | null }

async function request(url: string, method: 'HEAD' | 'GET', settings: LinkCheckSettings): Promise<Hop> {
  const res = await fetch(url, {
    method,
    redirect: 'manual',
    headers: { 'user-agent': settings.userAgent, accept: '*/*' },
    signal: AbortSignal.timeout(settings.timeoutMs),
  })
  // Only the status matters; not reading the body frees the connection at once.
  await res.body?.cancel()
  return { status: res.status, location: res.headers.get('location') }
}

const describe = (error: unknown): string => {
  if (error instanceof Error) {
    if (error.name === 'TimeoutError') return 'timeout'
    const cause = (error as { cause?: { code?: string } }).cause?.code
    return cause ?? error.message
  }
  return String(error)
}

/**
 * Checks one address: HEAD, or GET where HEAD is refused; redirects are followed by hand so that
 * each hop is recorded. Broken means an error status (400 and up), no answer, or a redirect loop.
 */
export async function checkUrl(field: string, url: string, settings: LinkCheckSettings): Promise<LinkResult> {
  const redirects: string[] = []
  let current = url
  try {
    for (let hop = 0; hop <= settings.maxRedirects; hop++) {
      let answer = await request(current, 'HEAD', settings)
      if (HEAD_REFUSED.has(answer.status)) answer = await request(current, 'GET', settings)
      if (answer.status >= 300 && answer.status < 400 && answer.location) {
        redirects.push(current)
        current = new URL(answer.location, current).toString()
        continue
      }
      return { field, url, status: answer.status, finalUrl: current, redirects, error: null, ok: answer.status < 400 }
    }
    return { field, url, status: null, finalUrl: current, redirects, error: 'too many redirects', ok: false }
  } catch (error) {
    return { field, url, status: null, finalUrl: current, redirects, error: describe(error), ok: false }
  }
}
