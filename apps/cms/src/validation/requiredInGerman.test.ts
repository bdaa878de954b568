import { describe, expect, it } from 'vitest'

import { checkRequiredInGerman } from './requiredInGerman'

const FIELD = { de: 'Name', en: 'Name' }

describe('checkRequiredInGerman', () => {
  it('accepts a German text', () => {
    expect(checkRequiredInGerman('Köln', FIELD, 'de')).toBe(true)
    expect(checkRequiredInGerman('Köln', FIELD, 'en')).toBe(true)
  })

  it('refuses a missing or blank German text, naming the field', () => {
    expect(checkRequiredInGerman('', FIELD, 'de')).toEqual({ de: 'Name: Pflichtfeld (auf Deutsch).', en: 'Name: required (in German).' })
    expect(checkRequiredInGerman('  ', FIELD, undefined)).not.toBe(true)
  })

  it('tells someone writing English that the German text is missing and where it goes', () => {
    const check = checkRequiredInGerman(undefined, FIELD, 'en')
    expect(check).not.toBe(true)
    expect(check).toMatchObject({ de: expect.stringMatching(/^Name: .*deutsche Text fehlt.*Inhaltssprache/), en: expect.stringMatching(/^Name: .*German text is missing/) })
  })
})
