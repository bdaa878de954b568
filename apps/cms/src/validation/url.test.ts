import { describe, expect, it } from 'vitest'

import { checkHttpUrl } from './url'

const FIELD = { de: 'Webseite', en: 'Website' }

describe('checkHttpUrl', () => {
  it('accepts absolute http and https addresses, and none', () => {
    for (const value of [
      'https://eurocities.eu/',
      'http://smart-city-dialog.de',
      'https://www.morgenstadt.de/a%20b?x=1',
      "https://de.wikipedia.org/wiki/Saint-Martin-d'Hères",
      'https://www.köln.de/',
      'http://127.0.0.1:8080/status',
      'https://example.org./',
      '',
      null,
    ]) {
      expect(checkHttpUrl(value, FIELD)).toBe(true)
    }
  })

  it('refuses other schemes, hosts that are no public host name and text that is no address', () => {
    for (const value of [
      'ftp://example.org',
      'javascript:alert(1)',
      'https://localhost',
      'https://intranet/',
      'www.example.org',
      'https://a b.de',
      ' https://a.de',
      'https://example.org/"><script>alert(1)</script>',
      'https://example.org/{x}',
      'https://www.ostsee-digital,example.org',
      'https://ostsee_digital.example.org',
      'https://-minus.example.org',
      'https://example..org',
      'https://',
    ]) {
      expect(checkHttpUrl(value, FIELD), value).toEqual({
        de: 'Webseite: Bitte eine vollständige Webadresse mit http:// oder https:// angeben.',
        en: 'Website: enter a complete web address starting with http:// or https://.',
      })
    }
  })
})
