import { describe, expect, it } from 'vitest'

import { findField, labelled, vocabulariesFromConfig } from './vocabulary'

/** Shaped like the records branch's Networks: unnamed tabs, rows and a named group. */
const networkFields = [
  { type: 'row', fields: [{ name: 'name', type: 'text' }] },
  {
    type: 'tabs',
    tabs: [
      {
        label: 'Classification',
        fields: [
          {
            name: 'category',
            type: 'select',
            options: [
              { value: 'eu-thematic', label: { de: 'Europäische thematische Städtenetzwerke', en: 'European thematic city networks' } },
              'plain',
            ],
          },
          {
            name: 'runtime',
            type: 'group',
            fields: [{ type: 'row', fields: [{ name: 'kind', type: 'select', options: [{ value: 'limited', label: 'Befristet' }] }] }],
          },
        ],
      },
      { name: 'meta', fields: [{ name: 'note', type: 'text' }] },
    ],
  },
]

describe('vocabularies from the collection config', () => {
  it('finds select fields through tabs, rows and groups, and reads their labels', () => {
    expect(findField(networkFields, 'runtime.kind')?.name).toBe('kind')
    expect(findField(networkFields, 'meta.note')?.name).toBe('note')
    expect(findField(networkFields, 'missing')).toBeNull()
    const vocab = vocabulariesFromConfig([{ slug: 'networks', fields: networkFields }])
    expect(vocab.category).toEqual([
      { value: 'eu-thematic', label: { de: 'Europäische thematische Städtenetzwerke', en: 'European thematic city networks' } },
      { value: 'plain', label: { de: 'plain', en: 'plain' } },
    ])
    expect(vocab.runtimeKind).toEqual([{ value: 'limited', label: { de: 'Befristet', en: 'Befristet' } }])
    expect(vocab.eventMode).toEqual([])
    expect(labelled(vocab, 'category', 'eu-thematic', 'en')).toEqual({ value: 'eu-thematic', label: 'European thematic city networks' })
    expect(labelled(vocab, 'category', 'unknown-value', 'de')).toEqual({ value: 'unknown-value', label: 'unknown-value' })
  })
})
