import { getPayload, type Payload } from 'payload'

import { prepareEnvironment } from './prepareEnvironment'

export type InitOptions = {
  /**
   * Run the job queue's cron (scheduled publishing) in this process. The server does; one-off
   * processes such as the seed runner do not, so they can exit when done.
   */
  cron?: boolean
}

/** The one way every entry point (server, seed, tests) gets a ready Payload instance. */
export async function initPayload({ cron = true }: InitOptions = {}): Promise<Payload> {
  prepareEnvironment()
  const { default: config } = await import('../payload.config')
  return getPayload({ config, cron })
}
