import { describe, expect, it } from 'vitest'

import { checkEmail } from './email'

const FIELD = { de: 'Kontakt-E-Mail', en: 'Contact e-mail' }

describe('checkEmail', () => {
  it('accepts ordinary addresses, and none', () => {
    for (const value of ['info@eurocities.eu', 'secretariat@civitas.eu', 'a.b+c@sub.stadt.de', '', null]) {
      expect(checkEmail(value, FIELD)).toBe(true)
    }
  })

  it('refuses what cannot be an address, naming the field', () => {
    for (const value of ['info', 'info@', '@x.de', 'a@b', 'a b@c.de', 'polis@polisnetwork.e.']) {
      expect(checkEmail(value, FIELD), value).toEqual({
        de: 'Kontakt-E-Mail: Bitte eine gültige E-Mail-Adresse angeben (z. B. name@stadt.de).',
        en: 'Contact e-mail: enter a valid e-mail address (e.g. name@city.eu).',
      })
    }
  })
})
