import { describe, expect, it } from 'vitest'

import { inLanguageOf } from './messages'

describe('inLanguageOf', () => {
  const problem = { de: 'falsch', en: 'wrong' }

  it('answers in the language of the request, German by default', () => {
    expect(inLanguageOf({ i18n: { language: 'en' } }, problem)).toBe('wrong')
    expect(inLanguageOf({ i18n: { language: 'de' } }, problem)).toBe('falsch')
    expect(inLanguageOf({}, problem)).toBe('falsch')
    expect(inLanguageOf({ i18n: { language: 'en' } }, true)).toBe(true)
  })
})
