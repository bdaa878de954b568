import { describe, expect, it } from 'vitest'

import { secureCookies } from './secureCookies'

describe('secureCookies', () => {
  it('follows SERVER_URL when COOKIE_SECURE is unset', () => {
    expect(secureCookies({ SERVER_URL: 'https://vie.bbsr.bund.de' })).toBe(true)
    expect(secureCookies({ SERVER_URL: 'HTTPS://vie.example ' })).toBe(true)
    expect(secureCookies({ SERVER_URL: 'http://localhost:3000' })).toBe(false)
    expect(secureCookies({})).toBe(false)
  })

  it('lets COOKIE_SECURE decide either way', () => {
    expect(secureCookies({ COOKIE_SECURE: 'false', SERVER_URL: 'https://vie.example' })).toBe(false)
    expect(secureCookies({ COOKIE_SECURE: 'true', SERVER_URL: 'http://localhost:3000' })).toBe(true)
    expect(secureCookies({ COOKIE_SECURE: 'maybe', SERVER_URL: 'http://localhost:3000' })).toBe(false)
  })
})
