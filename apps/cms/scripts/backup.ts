/**
 * `pnpm backup [file] [--format sqlite|json]`: a consistent snapshot of the configured database
 * and every uploaded file it refers to, taken while the server keeps running.
 */
import { parseArgs } from 'node:util'

import type { BackupFormat } from '../src/backup/archive'
import { fromCallerDir } from '../src/backup/cliPath'
import { createBackup, defaultFormat } from '../src/backup/createBackup'
import { configuredDatabase } from '../src/backup/openPayload'

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { format: { type: 'string' } },
})
if (values.format !== undefined && values.format !== 'sqlite' && values.format !== 'json') {
  console.error(`--format must be sqlite or json, not "${values.format}"`)
  process.exit(2)
}

try {
  const choice = configuredDatabase()
  const format: BackupFormat = values.format ?? defaultFormat(choice)
  const stamp = new Date().toISOString().replace(/[:.]/g, '-')
  const file = fromCallerDir(positionals[0] ?? `vie-backup-${stamp}.gz`)
  const manifest = await createBackup(file, format, choice)
  const media = manifest.entries.filter((entry) => entry.name.startsWith('media/')).length
  process.stdout.write(`backup written: ${file} (${format}, ${media} media files)\n`)
  process.exit(0)
} catch (error) {
  console.error(`backup failed: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(1)
}
