import type { TaskConfig } from 'payload'

import { eraseExpiredProposalData } from './eraseExpired'

/** Daily at 02:30: the data-protection deadlines of proposals (see eraseExpired.ts). */
export const proposalRetentionTask: TaskConfig = {
  slug: 'proposalRetention',
  label: 'Proposal data retention',
  retries: 1,
  outputSchema: [
    { name: 'deleted', type: 'number' },
    { name: 'erased', type: 'number' },
  ],
  schedule: [{ cron: process.env.PROPOSAL_RETENTION_CRON?.trim() || '30 2 * * *', queue: 'default' }],
  handler: async ({ req }) => ({ output: await eraseExpiredProposalData(req) }),
}
