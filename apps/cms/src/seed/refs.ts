export type Id = string

/** Slug → id of the records already in the database, per collection. */
export type SlugIds = ReadonlyMap<string, Id>

/** The ids for some slugs; an unknown slug is a broken data file and stops the seed. */
export function idsFor(ids: SlugIds, slugs: readonly string[], what: string): Id[] {
  return slugs.map((slug) => {
    const id = ids.get(slug)
    if (id === undefined) throw new Error(`seed data: unknown ${what} "${slug}"`)
    return id
  })
}

export const idFor = (ids: SlugIds, slug: string, what: string): Id => idsFor(ids, [slug], what)[0] as Id
