import type { Seedable } from '../localized'

/** One record of the seed: found again by its slug, written in German, then English. */
export type SeedRecord<T> = { slug: string; data: Seedable<Omit<T, 'id' | 'createdAt' | 'updatedAt'>> }
