import { describe, expect, it } from 'vitest'

import { defineElement } from './define'

describe('defineElement', () => {
  it('registers an element once and ignores a second registration of the same name', () => {
    class First extends HTMLElement {}
    class Second extends HTMLElement {}
    defineElement('vie-define-probe', First)
    expect(() => defineElement('vie-define-probe', Second)).not.toThrow()
    expect(customElements.get('vie-define-probe')).toBe(First)
    expect(document.createElement('vie-define-probe')).toBeInstanceOf(First)
  })
})
