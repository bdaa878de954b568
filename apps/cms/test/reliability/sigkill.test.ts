import { afterAll, describe, expect, it } from 'vitest'

import { integrityCheck } from '../../src/backup/sqliteFile'
import { bootServer, type BootedServer } from '../helpers/bootServer'
import { callers, rest } from '../helpers/records'
import { startWriteStream } from './writeStream'

const servers: BootedServer[] = []

afterAll(async () => {
  for (const server of servers) await server.stop()
})

describe('SIGKILL in the middle of editor writes', { timeout: 240_000 }, () => {
  it('leaves a sound database that holds every acknowledged write', async () => {
    const first = await bootServer()
    servers.push(first)
    const { editor } = await callers(first.url)

    const stream = startWriteStream(editor, 'Absturztest', 4)
    while (stream.count() < 40) await new Promise((resolve) => setTimeout(resolve, 20))
    first.process.kill('SIGKILL')
    await first.stop()
    const expectations = await stream.stop()
    expect(first.process.signalCode).toBe('SIGKILL')

    // Opening the file replays the WAL, as the next start would.
    expect(await integrityCheck(first.dbFile)).toBe('ok')

    const second = await bootServer({ dataDir: first.dataDir })
    servers.push(second)
    // The session was written before the kill, so the editor's token still works.
    const reader = { ...editor, url: second.url }
    const missing: string[] = []
    for (const { id, acknowledged, inFlight } of expectations) {
      const reply = await rest(reader, 'GET', `/topics/${id}?depth=0`)
      const label = reply.body.label
      if (reply.status !== 200 || (label !== acknowledged && label !== inFlight)) {
        missing.push(`${id}: expected "${acknowledged}"${inFlight ? ` or "${inFlight}"` : ''}, got ${reply.status} ${JSON.stringify(label)}`)
      }
    }
    expect(missing).toEqual([])
    expect(expectations.length).toBeGreaterThanOrEqual(20)
  })
})
