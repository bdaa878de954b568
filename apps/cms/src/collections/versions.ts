import type { CollectionConfig } from 'payload'

/**
 * Drafts with history (diff and restore in the admin). Drafts are validated like published
 * records so that no invalid value is stored at all.
 */
export const draftVersions = (options: { schedulePublish?: boolean } = {}): NonNullable<CollectionConfig['versions']> => ({
  drafts: { validate: true, schedulePublish: options.schedulePublish ?? false },
  maxPerDoc: 50,
})
