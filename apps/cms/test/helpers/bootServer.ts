import { type ChildProcess, spawn } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type BootedServer = {
  url: string
  dataDir: string
  dbFile: string
  process: ChildProcess
  /** Everything the server printed so far (stdout and stderr). */
  output: () => string
  /** SIGTERM, then wait for the exit code. */
  stop: () => Promise<number | null>
}

export type BootOptions = {
  /** Reuse a data folder (restart tests); a fresh temp folder otherwise. */
  dataDir?: string
  env?: Record<string, string>
  timeoutMs?: number
}

/**
 * How long a boot may take: seeding on a loaded 2-core machine (a browser test beside it) can take
 * over a minute; below the hook timeout of vitest.config.ts, so a failed boot still reports its log.
 */
const BOOT_TIMEOUT_MS = 150_000

// eslint-disable-next-line no-control-regex -- strips colour codes from the server log
const ANSI = /\u001b\[[0-9;]*m/g

/**
 * Starts the real server (`server.ts`, production mode, the built Next app) on a random port with
 * its own SQLite file, and resolves once it listens.
 */
export async function bootServer(options: BootOptions = {}): Promise<BootedServer> {
  const dataDir = options.dataDir ?? fs.mkdtempSync(path.join(os.tmpdir(), 'vie-test-'))
  const dbFile = path.join(dataDir, 'vie.db')
  const child = spawn(process.execPath, ['--import', 'tsx', 'server.ts'], {
    cwd: appRoot,
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: '0',
      DATABASE_URI: `file:${dbFile}`,
      PAYLOAD_SECRET: 'test-secret-for-vie-integration-tests',
      SEED_ON_EMPTY: 'false',
      ADMIN_EMAIL: 'admin@vie.test',
      ADMIN_PASSWORD: 'admin-password-123',
      NO_COLOR: '1',
      // The weekly link check (Monday 03:00) would start inside any run that spans that hour,
      // reaching out to the records' websites; tests that need the schedule set their own.
      LINK_CHECK_CRON: '0 3 29 2 *',
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let log = ''
  child.stdout?.on('data', (chunk: Buffer) => (log += chunk.toString()))
  child.stderr?.on('data', (chunk: Buffer) => (log += chunk.toString()))

  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))

  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`server did not start within ${options.timeoutMs ?? BOOT_TIMEOUT_MS} ms:\n${log}`)),
      options.timeoutMs ?? BOOT_TIMEOUT_MS,
    )
    const check = () => {
      const match = /listening on (http:\/\/localhost:\d+)/.exec(log.replace(ANSI, ''))
      if (match?.[1]) {
        clearTimeout(timer)
        resolve(match[1])
      }
    }
    child.stdout?.on('data', check)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`server exited with ${code} before listening:\n${log}`))
    })
  })

  return {
    url,
    dataDir,
    dbFile,
    process: child,
    output: () => log.replace(ANSI, ''),
    stop: async () => {
      if (child.exitCode === null) child.kill('SIGTERM')
      return exited
    },
  }
}
