import { afterAll, beforeAll } from 'vitest'

import { type BootOptions, bootServer, type BootedServer } from './bootServer'
import { createBaseRefs } from './recordFixtures'
import type { BaseRefs } from './recordInputs'
import { type Caller, callers } from './records'

export type RecordServer = { server: BootedServer; who: Record<Caller['name'], Caller>; refs: BaseRefs }

/**
 * One server for the whole test file (booted in beforeAll, stopped in afterAll) with its three
 * callers and the records the test inputs point at. Read the fields inside tests and hooks.
 */
export function useRecordServer(options: BootOptions = {}): RecordServer {
  const context = {} as RecordServer
  beforeAll(async () => {
    context.server = await bootServer(options)
    context.who = await callers(context.server.url)
    context.refs = await createBaseRefs(context.who.admin)
  })
  afterAll(async () => {
    await context.server?.stop()
  })
  return context
}
