import { getPayload, type Payload } from 'payload'

import { prepareEnvironment } from './prepareEnvironment'

/** The one way every entry point (server, seed, tests) gets a ready Payload instance. */
export async function initPayload(): Promise<Payload> {
  prepareEnvironment()
  const { default: config } = await import('../payload.config')
  return getPayload({ config })
}
