import { describe, expect, it } from 'vitest'

import { carryRowIds, differs } from './compare'

describe('differs', () => {
  it('looks only at the keys the seed writes', () => {
    expect(differs({ name: 'Hamm' }, { id: 3, name: 'Hamm', updatedAt: 'x' })).toBe(false)
    expect(differs({ name: 'Hamm' }, { name: 'Hamm (Westf.)' })).toBe(true)
  })

  it('treats null, missing, empty text and empty lists as one value', () => {
    expect(differs({ a: null, b: [], c: '' }, {})).toBe(false)
    expect(differs({ a: [] }, { a: null })).toBe(false)
    expect(differs({ a: 'x' }, { a: null })).toBe(true)
    expect(differs({ a: null }, { a: 'x' })).toBe(true)
  })

  it('compares lists in order and rows without their ids', () => {
    expect(differs({ ids: [1, 2] }, { ids: [1, 2] })).toBe(false)
    expect(differs({ ids: [1, 2] }, { ids: [2, 1] })).toBe(true)
    expect(differs({ ids: [1, 2] }, { ids: [1, 2, 3] })).toBe(true)
    expect(differs({ rows: [{ text: 'a' }] }, { rows: [{ id: 'r1', text: 'a' }] })).toBe(false)
    expect(differs({ rows: [{ text: 'a' }] }, { rows: [{ id: 'r1', text: 'b' }] })).toBe(true)
  })

  it('descends into groups', () => {
    expect(differs({ g: { n: 1 } }, { g: { n: 1, other: 2 } })).toBe(false)
    expect(differs({ g: { n: 1 } }, { g: { n: 2 } })).toBe(true)
    expect(differs({ g: { n: 1 } }, { g: null })).toBe(true)
  })
})

describe('carryRowIds', () => {
  it('copies stored row ids by position, also in nested groups', () => {
    const data = { results: [{ text: 'a' }, { text: 'b' }], group: { rows: [{ url: 'x' }] }, name: 'n' }
    const stored = { results: [{ id: 'r1' }, { id: 'r2' }], group: { rows: [{ id: 'g1' }] } }
    expect(carryRowIds(data, stored)).toEqual({
      results: [
        { text: 'a', id: 'r1' },
        { text: 'b', id: 'r2' },
      ],
      group: { rows: [{ url: 'x', id: 'g1' }] },
      name: 'n',
    })
  })

  it('leaves new rows and plain lists alone', () => {
    expect(carryRowIds({ rows: [{ t: 1 }, { t: 2 }], ids: [4, 5] }, { rows: [{ id: 'a' }], ids: [9] })).toEqual({
      rows: [{ t: 1, id: 'a' }, { t: 2 }],
      ids: [4, 5],
    })
  })
})
