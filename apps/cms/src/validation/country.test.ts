import { describe, expect, it } from 'vitest'

import { checkCountryCode } from './country'

const FIELD = { de: 'Land', en: 'Country' }

describe('checkCountryCode', () => {
  it('accepts assigned ISO 3166-1 alpha-2 codes, and none', () => {
    for (const value of ['DE', 'IT', 'GR', 'BG', 'CH', null, '']) expect(checkCountryCode(value, FIELD)).toBe(true)
  })

  it('refuses lower case, unassigned and made-up codes, quoting the value', () => {
    expect(checkCountryCode('XX', FIELD)).toEqual({
      de: 'Land: „XX“ ist kein Ländercode nach ISO 3166-1 (zwei Großbuchstaben, z. B. DE, FR).',
      en: 'Country: "XX" is not an ISO 3166-1 country code (two capital letters, e.g. DE, FR).',
    })
    for (const value of ['de', 'UK', 'EU', 'DEU', 'Germany']) expect(checkCountryCode(value, FIELD), value).not.toBe(true)
  })
})
