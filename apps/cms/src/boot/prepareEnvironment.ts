import fs from 'node:fs'
import path from 'node:path'

import { ensureSecret } from '../config/ensureSecret'
import { loadEnvFiles } from '../config/loadEnvFiles'
import { appRoot, dataDir } from '../config/paths'
import { chooseDatabase, type DatabaseChoice } from '../db/chooseDatabase'

/**
 * Everything the Payload config reads from the environment, settled before the config module
 * is evaluated: .env files, the database choice (and the SQLite file's folder), the secret.
 */
export function prepareEnvironment(): DatabaseChoice {
  loadEnvFiles()
  const choice = chooseDatabase(process.env.DATABASE_URI, appRoot)
  if (choice.kind === 'sqlite') {
    fs.mkdirSync(path.dirname(choice.file), { recursive: true })
    process.env.DATABASE_URI = choice.url
  }
  process.env.PAYLOAD_SECRET = ensureSecret(dataDir).secret
  return choice
}
