import type { Payload, PayloadRequest } from 'payload'

import { fillBilingualListFieldsOfStoredRecords } from '../../admin/bilingual/fillStoredRecords'
import { reportGermanViolations } from './reportGermanViolations'

/**
 * The data steps of the migrations: computed list fields of stored records worked out again, and
 * published records lacking German reported. They read through the Local API, which selects every
 * column of the current config, so only the newest migration may call this, after its schema change.
 */
export async function refreshComputedData(payload: Payload, req: PayloadRequest): Promise<void> {
  await fillBilingualListFieldsOfStoredRecords(req)
  await reportGermanViolations(payload, req)
}
