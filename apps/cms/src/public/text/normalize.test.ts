import { describe, expect, it } from 'vitest'

import { foldAccents, foldGerman, matchesTerms, queryTerms, searchText } from './normalize'

describe('full-text normalisation', () => {
  it('folds case, accents and German spellings', () => {
    expect(foldAccents('Köln, Bolesławiec & Mulhouse')).toBe('koln boleslawiec mulhouse')
    expect(foldGerman('Köln, Straße')).toBe('koeln strasse')
    expect(foldAccents('STRASSE')).toBe('strasse')
    expect(foldAccents('Vári–Voúla')).toBe('vari voula')
  })

  it('finds a record whatever way the query spells umlauts, ß, accents and case', () => {
    const text = searchText(['Stadtentwicklung in Köln und Düsseldorf', 'Straßenbeleuchtung', 'Bolesławiec'])
    for (const q of ['köln', 'Koln', 'KOELN', 'duesseldorf', 'strassenbel', 'boleslawiec', 'BOLESŁAWIEC']) {
      expect(matchesTerms(text, queryTerms(q)), q).toBe(true)
    }
    expect(matchesTerms(text, queryTerms('köln mobilität'))).toBe(false)
    expect(matchesTerms(text, queryTerms('stadtentwicklung köln'))).toBe(true)
  })
})
