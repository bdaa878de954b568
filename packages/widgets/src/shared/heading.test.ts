import { describe, expect, it } from 'vitest'

import { mount } from '../testing/dtos'
import { heading, headingLevel } from './heading'

describe('heading', () => {
  it('renders a real heading element of the chosen level with the text as text', () => {
    const container = mount(heading(4, '<b>x</b>'))
    const h4 = container.querySelector('h4')
    expect(h4?.textContent).toBe('<b>x</b>')
    expect(container.querySelector('b')).toBeNull()
  })

  it('clamps the level to 1–6 and uses the fallback for a missing attribute', () => {
    expect(headingLevel(undefined, 3)).toBe(3)
    expect(headingLevel(Number.NaN, 2)).toBe(2)
    expect(headingLevel(9, 3)).toBe(6)
    expect(headingLevel(0, 3)).toBe(1)
    expect(headingLevel(6, 3, 1)).toBe(6)
    expect(headingLevel(2, 3, 1)).toBe(3)
  })
})
