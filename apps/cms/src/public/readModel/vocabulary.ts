import type { Labelled, Lang } from '@vie/types'

/** One value of a fixed list with its labels. */
export type VocabularyEntry = { value: string; label: Record<Lang, string> }

export type VocabularyName =
  | 'category'
  | 'foundingInitiative'
  | 'foundingSubtype'
  | 'geographicScope'
  | 'networkFormat'
  | 'memberType'
  | 'runtimeKind'
  | 'tandemKind'
  | 'tandemStatus'
  | 'tandemFormat'
  | 'eventKind'
  | 'eventMode'
  | 'eventStatus'
  | 'eventAudience'
  | 'sizeClass'
  | 'municipalityKind'

export type Vocabularies = Record<VocabularyName, VocabularyEntry[]>

/**
 * Where each list lives: the select field whose options (values and de/en labels) define it.
 * Reading them from the collection config keeps the API's allowed values and labels exactly
 * what the editors can choose, with no second copy of the lists.
 */
export const VOCABULARY_FIELDS: Record<VocabularyName, { collection: string; path: string }> = {
  category: { collection: 'networks', path: 'category' },
  foundingInitiative: { collection: 'networks', path: 'foundingInitiative' },
  foundingSubtype: { collection: 'networks', path: 'foundingSubtype' },
  geographicScope: { collection: 'networks', path: 'geographicScope' },
  networkFormat: { collection: 'networks', path: 'formats' },
  memberType: { collection: 'networks', path: 'members.memberTypes' },
  runtimeKind: { collection: 'networks', path: 'runtime.kind' },
  tandemKind: { collection: 'tandems', path: 'kind' },
  tandemStatus: { collection: 'tandems', path: 'status' },
  tandemFormat: { collection: 'tandems', path: 'formats' },
  eventKind: { collection: 'events', path: 'kind' },
  eventMode: { collection: 'events', path: 'mode' },
  eventStatus: { collection: 'events', path: 'status' },
  eventAudience: { collection: 'events', path: 'audience' },
  sizeClass: { collection: 'municipalities', path: 'sizeClass' },
  municipalityKind: { collection: 'municipalities', path: 'kind' },
}

/** The parts of a Payload field config this module reads; the rest of Payload's union is irrelevant here. */
type FieldShape = {
  type?: string
  name?: string
  fields?: unknown[]
  tabs?: { name?: string; fields?: unknown[] }[]
  options?: unknown[]
}

const asField = (value: unknown): FieldShape => (typeof value === 'object' && value !== null ? (value as FieldShape) : {})

/** Finds a named field by dotted path, looking through unnamed rows, collapsibles and tabs. */
export function findField(fields: readonly unknown[], path: string): FieldShape | null {
  const [head, ...rest] = path.split('.')
  for (const raw of fields) {
    const field = asField(raw)
    if (field.name === head) {
      if (!rest.length) return field
      return field.fields ? findField(field.fields, rest.join('.')) : null
    }
    if (!field.name && field.fields) {
      const found = findField(field.fields, path)
      if (found) return found
    }
    for (const tab of field.tabs ?? []) {
      const found = tab.name
        ? tab.name === head && rest.length
          ? findField(tab.fields ?? [], rest.join('.'))
          : null
        : findField(tab.fields ?? [], path)
      if (found) return found
    }
  }
  return null
}

function labelsOf(label: unknown, value: string): Record<Lang, string> {
  if (typeof label === 'string') return { de: label, en: label }
  if (typeof label === 'object' && label !== null) {
    const map = label as Partial<Record<string, unknown>>
    const de = typeof map.de === 'string' ? map.de : null
    const en = typeof map.en === 'string' ? map.en : null
    return { de: de ?? en ?? value, en: en ?? de ?? value }
  }
  // Labels given as functions or components have no plain text to publish.
  return { de: value, en: value }
}

/** Select options as vocabulary entries; a plain string option is its own label. */
export function optionsToEntries(options: readonly unknown[]): VocabularyEntry[] {
  return options.flatMap((option): VocabularyEntry[] => {
    if (typeof option === 'string') return [{ value: option, label: { de: option, en: option } }]
    const { value, label } = asField(option) as { value?: unknown; label?: unknown }
    return typeof value === 'string' ? [{ value, label: labelsOf(label, value) }] : []
  })
}

export type CollectionFields = { slug: string; fields: readonly unknown[] }

/** Every vocabulary from the collection configs; a list whose field does not exist is empty. */
export function vocabulariesFromConfig(collections: readonly CollectionFields[]): Vocabularies {
  const bySlug = new Map(collections.map((c) => [c.slug, c.fields]))
  const entries = Object.entries(VOCABULARY_FIELDS).map(([name, { collection, path }]) => {
    const field = findField(bySlug.get(collection) ?? [], path)
    return [name, optionsToEntries(field?.options ?? [])] as const
  })
  return Object.fromEntries(entries) as Vocabularies
}

/** A value with its label; values the list does not know (legacy data) are shown as they are. */
export function labelled<V extends string>(vocab: Vocabularies, name: VocabularyName, value: V, lang: Lang): Labelled<V> {
  const entry = vocab[name].find((e) => e.value === value)
  return { value, label: entry?.label[lang] ?? value }
}

export const vocabularyValues = (vocab: Vocabularies, name: VocabularyName): string[] => vocab[name].map((e) => e.value)
