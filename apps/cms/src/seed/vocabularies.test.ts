import {
  eventAudiences,
  eventKinds,
  eventModes,
  foundingInitiatives,
  foundingSubtypes,
  geographicScopes,
  memberTypes,
  networkCategories,
  networkFormats,
  projectSizeClasses,
  tandemFormats,
  tandemKinds,
  tandemStatuses,
  type VocabularyEntry,
} from '@vie/types'
import { describe, expect, it } from 'vitest'

import vocabularies from './data/vocabularies.json'

/** The value lists of @vie/types carry the labels of the data files' vocabularies.json. */
describe('@vie/types vocabularies', () => {
  const pairs: [keyof typeof vocabularies, readonly VocabularyEntry[]][] = [
    ['category', networkCategories],
    ['foundingInitiative', foundingInitiatives],
    ['geographicScope', geographicScopes],
    ['networkFormats', networkFormats],
    ['tandemKind', tandemKinds],
    ['tandemStatus', tandemStatuses],
    ['tandemFormats', tandemFormats],
    ['eventKind', eventKinds],
    ['eventMode', eventModes],
    ['eventAudience', eventAudiences],
    ['sizeClass', projectSizeClasses],
    ['memberTypes', memberTypes],
  ]

  it.each(pairs)('%s has the same values and labels', (name, list) => {
    const fromFile = (vocabularies[name] as { value: string; label: { de: string; en: string } }[]).map(({ value, label }) => ({
      value,
      label,
    }))
    expect(list.map(({ value, label }) => ({ value, label }))).toEqual(fromFile)
  })

  it('keys the sub-types by the slugs of vocabularies.json', () => {
    expect(foundingSubtypes.map(({ value, label }) => ({ value, label }))).toEqual(
      vocabularies.subtype.map(({ slug, label }) => ({ value: slug, label })),
    )
  })

  it('covers every list of vocabularies.json', () => {
    expect(Object.keys(vocabularies).sort()).toEqual([...pairs.map(([name]) => name), 'subtype'].sort())
  })
})
