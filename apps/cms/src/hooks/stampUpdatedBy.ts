import type { CollectionBeforeChangeHook } from 'payload'

/** Records the signed-in user as the author of this save (and so of the version it creates). */
export const stampUpdatedBy: CollectionBeforeChangeHook = ({ data, req }) => {
  if (req.user?.collection === 'users') data.updatedBy = req.user.id
  return data
}
