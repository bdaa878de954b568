import type { Payload } from 'payload'

import { ensureFirstAdmin } from './ensureFirstAdmin'
import { migrate } from './migrate'

/** Payload's onInit: bring the schema up to date, then make sure someone can log in. */
export async function bootstrap(payload: Payload): Promise<void> {
  await migrate(payload)
  await ensureFirstAdmin(payload)
}
