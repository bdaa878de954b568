/**
 * Payload's CLI with the same environment the server gets (.env files, the SQLite path, the
 * generated secret), so `pnpm payload migrate:create` and friends work on a fresh clone.
 */
import { spawnSync } from 'node:child_process'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

import { prepareEnvironment } from '../src/boot/prepareEnvironment'

prepareEnvironment()
const payloadEntry = fileURLToPath(import.meta.resolve('payload'))
const bin = path.join(payloadEntry.slice(0, payloadEntry.lastIndexOf(`${path.sep}dist${path.sep}`)), 'bin.js')
const result = spawnSync(process.execPath, [bin, ...process.argv.slice(2)], { stdio: 'inherit' })
process.exit(result.status ?? 1)
