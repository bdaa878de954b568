import type { CollectionSlug, TextField } from 'payload'

import { inLanguageOf } from '../validation/messages'
import { savesPublished } from '../validation/publishing'
import { checkSlugFormat, slugify, slugTaken } from '../validation/slug'
import { TEXT_LIMITS } from '../validation/length'

/**
 * The record's address in URLs and the public API: generated from `source` when left empty,
 * editable, then kept stable (a later rename does not move the URL).
 */
export function slugField(source: string): TextField {
  return {
    name: 'slug',
    type: 'text',
    // Not `required`: left empty it is generated on save, and GraphQL clients may omit it too.
    unique: true,
    index: true,
    maxLength: TEXT_LIMITS.slug,
    label: { de: 'Kurzname (Slug)', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        de: 'Teil der Webadresse. Leer lassen, um ihn aus dem Namen zu bilden.',
        en: 'Part of the web address. Leave empty to build it from the name.',
      },
    },
    hooks: {
      beforeValidate: [
        ({ value, siblingData, originalDoc }) => {
          if (typeof value === 'string' && value.trim() !== '') return value.trim()
          const previous: unknown = originalDoc?.slug
          if (typeof previous === 'string' && previous !== '') return previous
          const name: unknown = siblingData?.[source]
          return typeof name === 'string' ? slugify(name) : value
        },
      ],
    },
    validate: async (value, { req, collectionSlug, id, siblingData, data }) => {
      if (value === null || value === undefined || value === '') {
        // The admin validates its form before any hook runs; the save builds the slug from the name.
        const name: unknown = (siblingData as Record<string, unknown>)[source]
        if (typeof name === 'string' && slugify(name) !== '') return true
        // A draft without a name yet has no address yet either; publishing needs both.
        if (!savesPublished({ data, collectionSlug, req })) return true
      }
      const format = checkSlugFormat(value)
      if (format !== true || !collectionSlug || typeof value !== 'string') return inLanguageOf(req, format)
      // A system invariant rather than a read on the caller's behalf: drafts the caller cannot
      // see still own their slug, and only "taken or not" leaves this function.
      const clash = await req.payload.find({
        collection: collectionSlug as CollectionSlug,
        where: { and: [{ slug: { equals: value } }, ...(id === undefined ? [] : [{ id: { not_equals: id } }])] },
        limit: 1,
        depth: 0,
        pagination: false,
        overrideAccess: true,
        req,
      })
      return clash.docs.length > 0 ? inLanguageOf(req, slugTaken(value)) : true
    },
  }
}
