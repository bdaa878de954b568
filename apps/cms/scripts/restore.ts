/**
 * `pnpm restore <file>`: replaces the configured database and the uploaded files with a backup
 * made by `pnpm backup`. Stop the server first; on SQLite a running server makes this refuse.
 */
import { NotABackupError, readArchive } from '../src/backup/archive'
import { fromCallerDir } from '../src/backup/cliPath'
import { configuredDatabase } from '../src/backup/openPayload'
import { restoreBackup } from '../src/backup/restoreBackup'
import { DatabaseInUseError } from '../src/backup/sqliteFile'

const [argument] = process.argv.slice(2)
if (!argument) {
  console.error('usage: pnpm restore <backup file>')
  process.exit(2)
}

try {
  const file = fromCallerDir(argument)
  const archive = readArchive(file)
  const summary = await restoreBackup(archive, configuredDatabase())
  const records = summary.records === null ? 'database file' : `${summary.records} records`
  process.stdout.write(
    `restored ${file} (${archive.manifest.format} backup of ${archive.manifest.createdAt}): ${records}, ${summary.mediaFiles} media files\n`,
  )
  process.exit(0)
} catch (error) {
  const refused = error instanceof NotABackupError || error instanceof DatabaseInUseError
  console.error(`restore ${refused ? 'refused' : 'failed'}: ${error instanceof Error ? error.message : String(error)}`)
  process.exit(refused ? 3 : 1)
}
