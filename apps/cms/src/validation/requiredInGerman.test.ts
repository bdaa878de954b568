import { describe, expect, it } from 'vitest'

import { checkRequiredInGerman } from './requiredInGerman'

const FIELD = { de: 'Name', en: 'Name' }

describe('checkRequiredInGerman', () => {
  it('requires the text when writing German or creating', () => {
    expect(checkRequiredInGerman('', FIELD, { locale: 'de', operation: 'update' })).toEqual({
      de: 'Name: Pflichtfeld (auf Deutsch).',
      en: 'Name: required (in German).',
    })
    expect(checkRequiredInGerman('  ', FIELD, { locale: 'en', operation: 'create' })).not.toBe(true)
    expect(checkRequiredInGerman('Köln', FIELD, { locale: 'de', operation: 'create' })).toBe(true)
  })

  it('lets an English update leave the text to the German fallback', () => {
    expect(checkRequiredInGerman(undefined, FIELD, { locale: 'en', operation: 'update' })).toBe(true)
  })
})
