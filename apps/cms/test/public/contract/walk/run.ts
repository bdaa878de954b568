import type { Case } from './cases'
import { type Answer, type AnswerChecker, type Mismatch, refusesParam } from './check'
import { essence, successMediaTypes } from './openapi'

/** Runs `work` over `items` with at most `limit` at a time: a 2-core machine, shared. */
export async function inPool<T>(items: readonly T[], limit: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0
  const worker = async () => {
    while (next < items.length) {
      const item = items[next] as T
      next += 1
      await work(item)
    }
  }
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker))
}

/** One case sent once per documented success media type in Accept (`*\/*` when there is none). */
export const requestsOf = (c: Case): { c: Case; accept: string }[] => {
  const types = successMediaTypes(c.at.operation)
  return (types.length ? types : ['*/*']).map((accept) => ({ c, accept }))
}

async function send(base: string, c: Case, accept: string): Promise<Answer> {
  const res = await fetch(`${base}${c.url}`, {
    method: c.at.method.toUpperCase(),
    headers: { accept, ...(c.body ? { 'content-type': c.body.type } : {}) },
    body: c.body?.text,
    redirect: 'manual',
  })
  return { status: res.status, contentType: res.headers.get('content-type'), headers: res.headers, text: await res.text() }
}

/** `requests`: every request sent, the second tries of refused valid values included. */
export type WalkResult = { requests: number; mismatches: Mismatch[]; statuses: Map<string, number> }

/** Sends every case with each Accept and collects every departure from the document. */
export async function walk(base: string, cases: Case[], checker: AnswerChecker, concurrency = 8): Promise<WalkResult> {
  const requests = cases.flatMap(requestsOf)
  const mismatches: Mismatch[] = []
  const statuses = new Map<string, number>()
  let sent = 0
  const counted = (c: Case, accept: string): Promise<Answer> => {
    sent += 1
    return send(base, c, accept)
  }
  await inPool(requests, concurrency, async ({ c, accept }) => {
    const answer = await counted(c, accept).catch((error: unknown) => ({ status: 0, contentType: null, headers: new Headers(), text: String(error) }))
    const key = `${c.at.method.toUpperCase()} ${c.at.path} ${answer.status}`
    statuses.set(key, (statuses.get(key) ?? 0) + 1)
    if (answer.status === 0) {
      mismatches.push({ method: c.at.method.toUpperCase(), url: c.url, accept, status: 0, mediaType: '', error: `no answer: ${answer.text}` })
      return
    }
    mismatches.push(...checker.check(c, accept, answer))
    if (c.param && refusesParam(answer, c.param.name)) {
      // Refused with the examples: a rule across parameters, unless the value is refused alone too.
      const alone = c.param.alone === c.url ? answer : await counted({ ...c, url: c.param.alone }, accept)
      if (refusesParam(alone, c.param.name)) {
        mismatches.push({ method: c.at.method.toUpperCase(), url: c.param.alone, accept, status: alone.status, mediaType: essence(alone.contentType), error: `${c.why}: a value the document allows is refused` })
      }
    }
  })
  return { requests: sent, mismatches, statuses }
}

export const describeMismatches = (mismatches: Mismatch[]): string =>
  mismatches.map((m) => `${m.method} ${m.url} [Accept: ${m.accept}] → ${m.status} ${m.mediaType || '(no media type)'}: ${m.error}`).join('\n')
