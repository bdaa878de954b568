import { describe, expect, it } from 'vitest'

import { fromText, germanOnly, inLocale, Localized } from './localized'

describe('inLocale', () => {
  const record = {
    slug: 'x',
    name: new Localized('Köln', 'Cologne'),
    note: new Localized('nur deutsch'),
    rows: [{ text: new Localized('eins', 'one') }, { text: new Localized('zwei') }],
    group: { summary: new Localized('kurz', 'short'), count: 3 },
  }

  it('writes German everywhere', () => {
    expect(inLocale(record, 'de')).toEqual({
      slug: 'x',
      name: 'Köln',
      note: 'nur deutsch',
      rows: [{ text: 'eins' }, { text: 'zwei' }],
      group: { summary: 'kurz', count: 3 },
    })
  })

  it('leaves texts without English out of the English write', () => {
    expect(inLocale(record, 'en')).toEqual({
      slug: 'x',
      name: 'Cologne',
      rows: [{ text: 'one' }, {}],
      group: { summary: 'short', count: 3 },
    })
  })
})

describe('fromText / germanOnly', () => {
  it('needs German text, treats empty English as missing', () => {
    expect(fromText({ de: 'a', en: '' })).toEqual(new Localized('a'))
    expect(fromText({ de: '', en: 'b' })).toBeNull()
    expect(fromText(null)).toBeNull()
    expect(germanOnly('x')).toEqual(new Localized('x'))
    expect(germanOnly(null)).toBeNull()
  })
})
