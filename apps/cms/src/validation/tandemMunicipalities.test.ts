import { describe, expect, it } from 'vitest'

import { checkTandemMunicipalities } from './tandemMunicipalities'

describe('checkTandemMunicipalities', () => {
  it('accepts two for a tandem and three for a tridem, as ids or documents', () => {
    expect(checkTandemMunicipalities([1, 2], 'tandem')).toBe(true)
    expect(checkTandemMunicipalities([{ id: 1 }, { id: 2 }, { id: 3 }], 'tridem')).toBe(true)
  })

  it('refuses fewer than two or more than three', () => {
    expect(checkTandemMunicipalities([1], 'tandem')).toEqual({
      de: 'Kommunen: Ein Tandem hat 2, ein Tridem 3 verschiedene Kommunen (angegeben: 1).',
      en: 'Municipalities: a tandem has 2 and a tridem 3 different municipalities (given: 1).',
    })
    expect(checkTandemMunicipalities([1, 2, 3, 4], 'tridem')).not.toBe(true)
    expect(checkTandemMunicipalities(null, 'tandem')).not.toBe(true)
  })

  it('refuses the same municipality twice', () => {
    expect(checkTandemMunicipalities([1, '1'], 'tandem')).toEqual({
      de: 'Kommunen: Jede Kommune darf nur einmal vorkommen.',
      en: 'Municipalities: each municipality may appear only once.',
    })
  })

  it('refuses a count that does not match the kind', () => {
    expect(checkTandemMunicipalities([1, 2, 3], 'tandem')).toEqual({
      de: 'Kommunen: Ein Tandem hat genau 2 Kommunen (angegeben: 3).',
      en: 'Municipalities: a tandem has exactly 2 municipalities (given: 3).',
    })
    expect(checkTandemMunicipalities([1, 2], 'tridem')).not.toBe(true)
  })

  it('lets a draft have fewer, but never duplicates or too many', () => {
    expect(checkTandemMunicipalities([], 'tandem', { complete: false })).toBe(true)
    expect(checkTandemMunicipalities([1], 'tridem', { complete: false })).toBe(true)
    expect(checkTandemMunicipalities([1, 1], 'tandem', { complete: false })).not.toBe(true)
    expect(checkTandemMunicipalities([1, 2, 3], 'tandem', { complete: false })).not.toBe(true)
    expect(checkTandemMunicipalities([1, 2, 3, 4], 'tridem', { complete: false })).not.toBe(true)
  })
})
