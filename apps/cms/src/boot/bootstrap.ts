import type { Payload } from 'payload'

import { refreshPlannerStatistics } from '../db/plannerStatistics'
import { seed } from '../seed/seed'
import { ensureFirstAdmin } from './ensureFirstAdmin'
import { migrate } from './migrate'

/**
 * Payload's onInit: bring the schema up to date, make sure someone can log in, and give an empty
 * register the study data (unless SEED_ON_EMPTY=false, as in tests that bring their own data),
 * then let the database plan its queries on what it now holds.
 */
export async function bootstrap(payload: Payload): Promise<void> {
  await migrate(payload)
  await ensureFirstAdmin(payload)
  if (process.env.SEED_ON_EMPTY !== 'false') {
    const { totalDocs } = await payload.count({ collection: 'networks', overrideAccess: true })
    if (totalDocs === 0) await seed(payload)
  }
  await refreshPlannerStatistics(payload)
}
