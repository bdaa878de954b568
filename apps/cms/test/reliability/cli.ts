import { spawn } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const appRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..')

export type CliResult = { code: number | null; output: string }

/** Runs one of apps/cms/scripts against the SQLite file of a test server, as `pnpm backup` would. */
export function runScript(script: 'backup' | 'restore', args: string[], dbFile: string): Promise<CliResult> {
  const child = spawn(process.execPath, ['--import', 'tsx', `scripts/${script}.ts`, ...args], {
    cwd: appRoot,
    env: {
      ...process.env,
      DATABASE_URI: `file:${dbFile}`,
      PAYLOAD_SECRET: 'test-secret-for-vie-integration-tests',
      INIT_CWD: appRoot,
      NO_COLOR: '1',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return new Promise((resolve) => child.once('exit', (code) => resolve({ code, output })))
}
