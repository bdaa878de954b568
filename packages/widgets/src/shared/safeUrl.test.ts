import { describe, expect, it } from 'vitest'

import { httpUrl } from './safeUrl'

describe('httpUrl', () => {
  it('keeps absolute http and https addresses', () => {
    expect(httpUrl('https://eurocities.eu/')).toBe('https://eurocities.eu/')
    expect(httpUrl('http://example.org/a b')).toBe('http://example.org/a%20b')
  })

  it('drops script, data and relative URLs and garbage', () => {
    for (const hostile of ['javascript:alert(1)', ' JavaScript:alert(1)', 'data:text/html,<script>alert(1)</script>', '/relative', 'not a url', null, undefined, '']) {
      expect(httpUrl(hostile), String(hostile)).toBeUndefined()
    }
  })
})
