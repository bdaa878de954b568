/**
 * `pnpm seed`: imports the study data into the configured database (see seed.ts), prints one line
 * a collection, and exits. Safe to repeat.
 */
import { initPayload } from '../boot/initPayload'
import { seed } from './seed'

// This process seeds explicitly; the start-up seed of an empty database would only duplicate it.
process.env.SEED_ON_EMPTY = 'false'
const payload = await initPayload({ cron: false })
try {
  await seed(payload, (line) => process.stdout.write(`${line}\n`))
} finally {
  await payload.destroy()
}
process.exit(0)
