/** What the server view hands the builder: options of every select and the preset from the URL. */
export type RecordOption = { slug: string; label: string }
export type OptionList = { value: string; label: string }[]

export type BuilderElement = { tag: string; label: string; attributes: string[] }

export type BuilderPreset = {
  tag?: string
  slug?: string
  filters?: Record<string, string>
  /** The record the builder was opened from, named for the editor. */
  from?: string
  /** An event: the list can only be narrowed down, not pinned to the one event. */
  approximate?: boolean
}

export type BuilderProps = {
  elements: BuilderElement[]
  bundle: { hashedName: string; integrity: string }
  /** Records per collection (networks, tandems, topics, municipalities), published ones only. */
  records: Record<string, RecordOption[]>
  /** Fixed values of filters (`category`, `when`, …) with labels in the admin language. */
  vocabularies: Record<string, OptionList>
  preset: BuilderPreset
}

/** Attributes the builder sets itself (or never: `api` always names this server). */
export const OWN_ATTRIBUTES = new Set(['api', 'lang', 'theme', 'heading-level', 'slug'])

/** Filters whose values are records of a collection. */
export const RECORD_FILTERS: Record<string, string> = { topic: 'topics', network: 'networks', tandem: 'tandems', municipality: 'municipalities' }

/**
 * The options of each filter for one element: entries named `<tag> <attribute>` win over the
 * shared ones, where two elements give one attribute name different meanings (`kind`).
 */
export function vocabulariesFor(vocabularies: Record<string, OptionList>, tag: string): Record<string, OptionList> {
  const own = Object.entries(vocabularies).flatMap(([key, list]) => (key.startsWith(`${tag} `) ? [[key.slice(tag.length + 1), list] as const] : []))
  return { ...vocabularies, ...Object.fromEntries(own) }
}
