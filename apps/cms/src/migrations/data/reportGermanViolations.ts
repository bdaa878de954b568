import type { Payload, PayloadRequest } from 'payload'

import { germanViolations } from '../../admin/dashboard/germanViolations'

/**
 * Since German text is required for every publish, whatever locale the admin writes in, records
 * published before without it would fail an export → import round trip. They cannot be mended
 * automatically (nobody may invent the German text), so the migration names them; the dashboard
 * lists them until an editor adds the German text.
 */
export async function reportGermanViolations(payload: Payload, req: PayloadRequest): Promise<void> {
  const violations = await germanViolations(payload, req)
  if (violations.length === 0) return
  const lines = violations.map((v) => `  ${v.collection} ${v.slug ?? `#${v.id}`}: ${v.fields.join(', ')}`)
  payload.logger.warn(`${violations.length} published record(s) lack German text that publishing requires:\n${lines.join('\n')}`)
}
