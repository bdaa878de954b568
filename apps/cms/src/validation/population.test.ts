import { describe, expect, it } from 'vitest'

import { checkPositiveInteger } from './population'

const FIELD = { de: 'Einwohnerzahl', en: 'Population' }

describe('checkPositiveInteger', () => {
  it('accepts whole numbers above zero, and none', () => {
    for (const value of [1, 180_761, null, undefined]) expect(checkPositiveInteger(value, FIELD)).toBe(true)
  })

  it('refuses zero, negatives and fractions with the field named', () => {
    expect(checkPositiveInteger(0, FIELD)).toEqual({
      de: 'Einwohnerzahl: Bitte eine ganze Zahl größer als 0 angeben.',
      en: 'Population: enter a whole number greater than 0.',
    })
    expect(checkPositiveInteger(-3, FIELD)).not.toBe(true)
    expect(checkPositiveInteger(1.5, FIELD)).not.toBe(true)
  })
})
