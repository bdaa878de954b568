import { describe, expect, it } from 'vitest'

import { sizeClassOf } from './sizeClassOf'

describe('sizeClassOf', () => {
  it('puts the class limits where BBSR draws them', () => {
    expect(sizeClassOf(100_000)).toBe('grossstadt')
    expect(sizeClassOf(99_999)).toBe('mittelstadt')
    expect(sizeClassOf(20_000)).toBe('mittelstadt')
    expect(sizeClassOf(19_999)).toBe('kleinstadt')
    expect(sizeClassOf(5_000)).toBe('kleinstadt')
    expect(sizeClassOf(4_999)).toBe('landgemeinde')
    expect(sizeClassOf(1)).toBe('landgemeinde')
  })

  it('classifies the tandem cities as the report does', () => {
    expect(sizeClassOf(180_761)).toBe('grossstadt') // Hamm
    expect(sizeClassOf(96_535)).toBe('mittelstadt') // Arezzo
    expect(sizeClassOf(31_713)).toBe('mittelstadt') // Geestland
  })

  it('has no class without a population', () => {
    expect(sizeClassOf(null)).toBeNull()
    expect(sizeClassOf(undefined)).toBeNull()
    expect(sizeClassOf(0)).toBeNull()
    expect(sizeClassOf(-5)).toBeNull()
  })
})
