import type { CollectionSlug, Payload } from 'payload'

import type { SeedRecord } from './build/types'
import { carryRowIds, differs } from './compare'
import { inLocale, type Locale } from './localized'
import type { Id } from './refs'

export type Outcome = 'created' | 'updated' | 'unchanged'

type Stored = Record<string, unknown> & { id: Id }

/** The stored record in one locale, without fallback: what is really there in that language. */
async function findStored(payload: Payload, collection: CollectionSlug, slug: string, locale: Locale) {
  const { docs } = await payload.find({
    collection,
    where: { slug: { equals: slug } },
    locale,
    fallbackLocale: false,
    depth: 0,
    limit: 1,
    pagination: false,
    overrideAccess: true,
  })
  return docs[0] as Stored | undefined
}

/**
 * Creates or updates one record by slug, German first, then English. Each locale is compared with
 * what is stored and written only if it differs, so a repeated seed writes nothing and adds no
 * versions. A system task: it runs with overrideAccess and no user.
 */
export async function upsertBySlug(
  payload: Payload,
  collection: CollectionSlug,
  record: SeedRecord<unknown>,
): Promise<Outcome> {
  const german = inLocale(record.data, 'de') as Record<string, unknown>
  const english = inLocale(record.data, 'en') as Record<string, unknown>
  // The records were checked against the collection's type where they were built (build/*.ts);
  // for the Local API's per-collection typing they pass through here as opaque data.
  const write = async (locale: Locale, data: Record<string, unknown>, stored: Stored): Promise<Stored> =>
    (await payload.update({
      collection,
      id: stored.id,
      locale,
      data: carryRowIds(data, stored) as never,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Stored

  let stored = await findStored(payload, collection, record.slug, 'de')
  let outcome: Outcome = 'unchanged'
  if (!stored) {
    stored = (await payload.create({
      collection,
      locale: 'de',
      data: german as never,
      depth: 0,
      overrideAccess: true,
    })) as unknown as Stored
    outcome = 'created'
  } else if (differs(german, stored)) {
    stored = await write('de', german, stored)
    outcome = 'updated'
  }

  const storedEnglish = await findStored(payload, collection, record.slug, 'en')
  if (storedEnglish && differs(english, storedEnglish)) {
    await write('en', english, storedEnglish)
    if (outcome === 'unchanged') outcome = 'updated'
  }
  return outcome
}
