import type { CollectionConfig } from 'payload'

/** How long the editor pauses before a draft is saved by itself (ms): often enough to lose little, rarely enough to spare the server. */
export const AUTOSAVE_INTERVAL_MS = 5_000

/**
 * Drafts with history (diff and restore in the admin) and autosave. Drafts are validated for
 * format (addresses, years, lengths) but may be incomplete: `required` holds only for publishing
 * (fields/requiredOnPublish.ts). "Save draft" stays beside autosave for an explicit save.
 */
export const draftVersions = (options: { schedulePublish?: boolean } = {}): NonNullable<CollectionConfig['versions']> => ({
  drafts: {
    validate: true,
    autosave: { interval: AUTOSAVE_INTERVAL_MS, showSaveDraftButton: true },
    schedulePublish: options.schedulePublish ?? false,
  },
  maxPerDoc: 50,
})
