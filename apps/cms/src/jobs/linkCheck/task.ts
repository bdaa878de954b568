import type { TaskConfig } from 'payload'

import { runLinkCheck } from './runLinkCheck'
import { linkCheckSettings } from './settings'

export const LINK_CHECK_TASK = 'linkCheck'
/** On-demand runs get their own queue so the minute-by-minute autorun does not pick them up too. */
export const LINK_CHECK_QUEUE = 'link-check'

const settings = linkCheckSettings()

/** The link check as a Payload task: weekly by default (LINK_CHECK_CRON), or on demand. */
export const linkCheckTask: TaskConfig = {
  slug: LINK_CHECK_TASK,
  label: 'Link check',
  retries: 0,
  outputSchema: [
    { name: 'records', type: 'number' },
    { name: 'links', type: 'number' },
    { name: 'broken', type: 'number' },
  ],
  // The default queue is the one autorun works off, and schedules are queued by that autorun.
  schedule: [{ cron: settings.cron, queue: 'default' }],
  handler: async ({ req }) => ({ output: await runLinkCheck(req, settings) }),
}
