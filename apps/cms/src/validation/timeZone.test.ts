import { describe, expect, it } from 'vitest'

import { checkTimeZone } from './timeZone'

const LABEL = { de: 'Beginn: Zeitzone', en: 'Start: time zone' }

describe('checkTimeZone', () => {
  it('accepts IANA zones and empty values', () => {
    expect(checkTimeZone('Europe/Helsinki', LABEL)).toBe(true)
    expect(checkTimeZone('America/Sao_Paulo', LABEL)).toBe(true)
    expect(checkTimeZone(null, LABEL)).toBe(true)
  })

  it('names the field and the value it refuses', () => {
    expect(checkTimeZone('Europe/Atlantis', LABEL)).toEqual({
      de: 'Beginn: Zeitzone: „Europe/Atlantis“ ist keine bekannte Zeitzone (IANA-Name wie Europe/Berlin).',
      en: 'Start: time zone: "Europe/Atlantis" is not a known time zone (an IANA name such as Europe/Berlin).',
    })
  })
})
