import type { Config } from 'payload'

import { isAdmin, isAdminRequest } from '../access/isAdmin'
import { isEditorRequest } from '../access/isEditor'
import { hasRole } from '../access/roles'
import { linkCheckTask } from './linkCheck/task'
import { proposalRetentionTask } from './proposalRetention/task'

/**
 * Payload's job queue, which carries scheduled publishing of events. `autoRun` only takes effect
 * where Payload is started with `cron: true` (boot/initPayload.ts does so for the server), so the
 * queue is worked off inside the one server process, every minute unless JOBS_AUTORUN_CRON says
 * otherwise (croner syntax; a leading seconds field is allowed). The same autorun queues the
 * scheduled link check (LINK_CHECK_CRON).
 */
export const jobsConfig: NonNullable<Config['jobs']> = {
  autoRun: [{ cron: process.env.JOBS_AUTORUN_CRON?.trim() || '* * * * *', queue: 'default', limit: 20 }],
  tasks: [linkCheckTask, proposalRetentionTask],
  access: {
    // Editors schedule publishing from the admin; running and cancelling is for admins.
    queue: isEditorRequest,
    run: isAdminRequest,
    cancel: isAdminRequest,
  },
  jobsCollectionOverrides: ({ defaultJobsCollection }) => ({
    ...defaultJobsCollection,
    access: { ...defaultJobsCollection.access, read: isAdmin, delete: isAdmin },
    admin: { ...defaultJobsCollection.admin, hidden: ({ user }) => !hasRole(user as { role?: string } | null, 'admin') },
  }),
}
