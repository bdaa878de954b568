import { describe, expect, it } from 'vitest'

import { langFromAcceptLanguage } from './lang'

describe('Accept-Language', () => {
  it('picks the best of de and en by q, with regional variants and wildcards', () => {
    expect(langFromAcceptLanguage(undefined)).toBe('de')
    expect(langFromAcceptLanguage('en-GB,en;q=0.9')).toBe('en')
    expect(langFromAcceptLanguage('de-AT')).toBe('de')
    expect(langFromAcceptLanguage('fr-FR,fr;q=0.9,en;q=0.8,de;q=0.7')).toBe('en')
    expect(langFromAcceptLanguage('en;q=0.2,de;q=0.8')).toBe('de')
    expect(langFromAcceptLanguage('en;q=0,de;q=0')).toBe('de')
    expect(langFromAcceptLanguage('fr, it')).toBe('de')
    expect(langFromAcceptLanguage('*')).toBe('de')
    expect(langFromAcceptLanguage('EN')).toBe('en')
  })
})
