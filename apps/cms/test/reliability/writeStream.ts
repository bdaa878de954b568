import type { Caller } from '../helpers/records'
import { rest } from '../helpers/records'

/** What a record must hold: its last acknowledged label, or the one still in flight when it stopped. */
export type Expectation = { collection: 'topics'; id: string; acknowledged: string; inFlight?: string }

export type WriteStream = {
  /** Acknowledged writes so far. */
  count: () => number
  /** Requests that got no answer at all (connection refused or reset). */
  socketErrors: () => number
  /** Lets every worker finish its current request, then reports what each record must hold. */
  stop: () => Promise<Expectation[]>
}

/**
 * Editors at work: `workers` clients, each creating a topic and then renaming it, one request at a
 * time, until stopped. A worker never has more than one request open, so after a crash each of its
 * records holds either the last acknowledged label or the one of the request that was open.
 * A request without an answer (the server died) ends that worker unacknowledged; an answer other
 * than success fails the stream.
 */
export function startWriteStream(caller: Caller, prefix: string, workers = 3): WriteStream {
  const expectations: Expectation[] = []
  let acknowledged = 0
  let socketErrors = 0
  let running = true
  const worker = async (number: number) => {
    for (let round = 0; running; round += 1) {
      const label = `${prefix} ${number}-${round}`
      try {
        const created = await rest(caller, 'POST', '/topics', { label })
        if (created.status !== 201) throw new Error(`create answered ${created.status}: ${JSON.stringify(created.body)}`)
        const id = (created.body.doc as { id: string }).id
        const expectation: Expectation = { collection: 'topics', id, acknowledged: label }
        expectations.push(expectation)
        acknowledged += 1
        if (!running) return
        const renamed = `${label} renamed`
        expectation.inFlight = renamed
        const updated = await rest(caller, 'PATCH', `/topics/${id}`, { label: renamed })
        if (updated.status !== 200) throw new Error(`update answered ${updated.status}: ${JSON.stringify(updated.body)}`)
        expectation.acknowledged = renamed
        delete expectation.inFlight
        acknowledged += 1
      } catch (error) {
        // fetch rejects with a TypeError when no HTTP answer arrived.
        if (!(error instanceof TypeError)) throw error
        socketErrors += 1
        return
      }
    }
  }
  const done = Promise.allSettled(Array.from({ length: workers }, (_, number) => worker(number)))
  return {
    count: () => acknowledged,
    socketErrors: () => socketErrors,
    stop: async () => {
      running = false
      const results = await done
      const failure = results.find((result) => result.status === 'rejected')
      if (failure) throw failure.reason
      return expectations
    },
  }
}
