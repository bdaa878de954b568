import type { VocabularyEntry } from '@vie/types'
import type { OptionObject } from 'payload'

/** Select options from a vocabulary of @vie/types, labelled in both admin languages. */
export const optionsFrom = (list: readonly VocabularyEntry[]): OptionObject[] =>
  list.map(({ value, label }) => ({ value, label: { de: label.de, en: label.en } }))
