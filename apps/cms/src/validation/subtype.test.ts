import { describe, expect, it } from 'vitest'

import { checkSubtypeMatchesInitiative } from './subtype'

describe('checkSubtypeMatchesInitiative', () => {
  it('accepts a sub-type of the chosen initiative, or none', () => {
    expect(checkSubtypeMatchesInitiative('funding-programme', 'top-down')).toBe(true)
    expect(checkSubtypeMatchesInitiative('thematic-umbrella', 'bottom-up')).toBe(true)
    expect(checkSubtypeMatchesInitiative(null, 'bottom-up')).toBe(true)
  })

  it('refuses a sub-type of the other initiative, naming both', () => {
    expect(checkSubtypeMatchesInitiative('thematic-umbrella', 'top-down')).toEqual({
      de: 'Untertyp: „Netzwerk als Dach eines Themenfelds“ gehört zur Bottom-up-Initiative, nicht zu „top-down“.',
      en: 'Sub-type: "Umbrella network for a thematic field" belongs to the bottom-up initiative, not to "top-down".',
    })
  })
})
