import { describe, expect, it } from 'vitest'

import { checkSlugFormat, slugify, slugTaken } from './slug'

describe('slugify', () => {
  it('spells German letters out and drops accents', () => {
    expect(slugify('Köln')).toBe('koeln')
    expect(slugify('Düsseldorf')).toBe('duesseldorf')
    expect(slugify('Straße der Städte')).toBe('strasse-der-staedte')
    expect(slugify('Bolesławiec')).toBe('boleslawiec')
    expect(slugify('Mulhouse – Saint-Étienne')).toBe('mulhouse-saint-etienne')
  })

  it('turns everything else into single hyphens', () => {
    expect(slugify('  Hamm – Arezzo ')).toBe('hamm-arezzo')
    expect(slugify('Initiative Stadt.Land.Digital')).toBe('initiative-stadt-land-digital')
    expect(slugify('#vernetztinEuropa!')).toBe('vernetztineuropa')
  })
})

describe('checkSlugFormat', () => {
  it('accepts lower-case words joined by single hyphens', () => {
    for (const value of ['eurocities', 'hamm-arezzo', 'g20-global-smart-cities-alliance']) expect(checkSlugFormat(value)).toBe(true)
  })

  it('refuses what would not be safe or stable in a URL', () => {
    for (const value of ['Hamm', 'hamm arezzo', 'hamm--arezzo', '-hamm', 'hamm-', 'köln', 'a/b', '', null]) {
      expect(checkSlugFormat(value), String(value)).not.toBe(true)
    }
  })

  it('says which slug is taken', () => {
    expect(slugTaken('eurocities')).toEqual({
      de: 'Kurzname (Slug): „eurocities“ ist bereits vergeben. Bitte einen anderen wählen.',
      en: 'Slug: "eurocities" is already used. Choose another one.',
    })
  })
})
