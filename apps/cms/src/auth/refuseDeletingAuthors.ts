import { APIError, type CollectionBeforeDeleteHook, type Where } from 'payload'

import { inLanguageOf } from '../validation/messages'

/** Relationship fields that name a user as the author of a save or a review. */
const AUTHOR_FIELDS = ['updatedBy', 'reviewedBy'] as const

const refusal = (count: number) => ({
  de: `Dieses Konto kann nicht gelöscht werden: Es ist in ${count} Einträgen oder Versionen als Autor:in oder Prüfer:in vermerkt. Damit die Versionsgeschichte vollständig bleibt, deaktivieren Sie das Konto stattdessen (Häkchen „Aktiv“ entfernen und speichern) – es kann sich dann nicht mehr anmelden.`,
  en: `This account cannot be deleted: ${count} records or versions name it as author or reviewer. To keep the version history complete, deactivate the account instead (untick "Active" and save) – it can then no longer sign in.`,
})

/**
 * Deleting a user who saved or reviewed records would break the history that names them (and
 * fails on the database's foreign keys with a bare "Something went wrong"). Such a user is
 * refused with an explanation that points to deactivation; users who never edited can go.
 */
export const refuseDeletingAuthors: CollectionBeforeDeleteHook = async ({ id, req }) => {
  const { payload } = req
  let references = 0
  for (const collection of payload.config.collections) {
    const names = new Set(collection.flattenedFields.map((field) => field.name))
    const fields = AUTHOR_FIELDS.filter((name) => names.has(name))
    if (fields.length === 0) continue
    const where: Where = { or: fields.map((name) => ({ [name]: { equals: id } })) }
    references += (await payload.count({ collection: collection.slug, where, overrideAccess: true, req })).totalDocs
    if (collection.versions) {
      const versionWhere: Where = { or: fields.map((name) => ({ [`version.${name}`]: { equals: id } })) }
      references += (await payload.countVersions({ collection: collection.slug, where: versionWhere, overrideAccess: true, req })).totalDocs
    }
  }
  if (references > 0) throw new APIError(inLanguageOf(req, refusal(references)), 409, undefined, true)
}
