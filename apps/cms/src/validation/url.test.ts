import { describe, expect, it } from 'vitest'

import { checkHttpUrl } from './url'

const FIELD = { de: 'Webseite', en: 'Website' }

describe('checkHttpUrl', () => {
  it('accepts absolute http and https addresses, and none', () => {
    for (const value of ['https://eurocities.eu/', 'http://smart-city-dialog.de', 'https://www.morgenstadt.de/a%20b?x=1', "https://de.wikipedia.org/wiki/Saint-Martin-d'Hères", '', null]) {
      expect(checkHttpUrl(value, FIELD)).toBe(true)
    }
  })

  it('refuses other schemes, hosts without a dot and text that is no address', () => {
    for (const value of ['ftp://example.org', 'javascript:alert(1)', 'https://localhost', 'www.example.org', 'https://a b.de', ' https://a.de', 'https://example.org/"><script>alert(1)</script>', 'https://example.org/{x}']) {
      expect(checkHttpUrl(value, FIELD), value).toEqual({
        de: 'Webseite: Bitte eine vollständige Webadresse mit http:// oder https:// angeben.',
        en: 'Website: enter a complete web address starting with http:// or https://.',
      })
    }
  })
})
