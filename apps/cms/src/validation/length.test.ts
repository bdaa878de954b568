import { describe, expect, it } from 'vitest'

import { checkMaxLength } from './length'

const FIELD = { de: 'Ziele', en: 'Goals' }

describe('checkMaxLength', () => {
  it('accepts texts up to the limit, and no text', () => {
    for (const value of ['', 'abc', 'x'.repeat(10), null, undefined, ['a', 'b'.repeat(10)]]) expect(checkMaxLength(value, FIELD, 10)).toBe(true)
  })

  it('names the field, the limit and the length of a longer text', () => {
    expect(checkMaxLength('x'.repeat(5_242_880), FIELD, 5000)).toEqual({
      de: 'Ziele: höchstens 5.000 Zeichen erlaubt, eingegeben sind 5.242.880. Bitte kürzen.',
      en: 'Goals: at most 5,000 characters allowed, this text has 5,242,880. Please shorten it.',
    })
    expect(checkMaxLength(['ok', 'x'.repeat(11)], FIELD, 10)).not.toBe(true)
  })
})
