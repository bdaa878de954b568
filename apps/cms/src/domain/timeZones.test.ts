import { describe, expect, it } from 'vitest'

import { cityOf, timeZoneLabel, timeZoneOptions } from './timeZones'

describe('time zone options', () => {
  it('offer every zone the platform knows, Helsinki, Lisbon, Dublin, Warsaw and Vienna among them', () => {
    const values = timeZoneOptions().map((option) => option.value)
    expect(values).toHaveLength(Intl.supportedValuesOf('timeZone').length)
    for (const zone of ['Europe/Helsinki', 'Europe/Lisbon', 'Europe/Dublin', 'Europe/Warsaw', 'Europe/Vienna', 'America/Sao_Paulo']) {
      expect(values).toContain(zone)
    }
  })

  it('name the city in German and English where they differ', () => {
    expect(cityOf('Europe/Vienna')).toEqual({ de: 'Wien', en: 'Vienna' })
    expect(cityOf('Europe/Lisbon')).toEqual({ de: 'Lissabon', en: 'Lisbon' })
    expect(cityOf('Europe/Helsinki')).toEqual({ de: 'Helsinki', en: 'Helsinki' })
    expect(cityOf('America/Argentina/San_Juan')).toEqual({ de: 'San Juan', en: 'San Juan' })
    expect(timeZoneLabel('Europe/Warsaw')).toBe('Warschau / Warsaw (Europe/Warsaw)')
    expect(timeZoneLabel('Europe/Dublin')).toBe('Dublin (Europe/Dublin)')
  })
})
