import { describe, expect, it } from 'vitest'

import { contextFor, mount, tandem } from '../testing/dtos'
import { renderTandemCard } from './renderTandemCard'

describe('renderTandemCard', () => {
  it('lists the partners with country and population in the reader’s language', () => {
    const de = mount(renderTandemCard(tandem(), contextFor('de'), 3))
    const partners = [...de.querySelectorAll('[part="partner"]')].map((li) => li.textContent?.replace(/\s+/g, ' ').trim())
    expect(partners).toEqual(['Hamm Deutschland · 180.761 Einw.', 'Arezzo Italien · 96.535 Einw.'])
    const en = mount(renderTandemCard(tandem(), contextFor('en'), 3))
    expect(en.querySelector('[part="partner"]')?.textContent?.replace(/\s+/g, ' ')).toContain('Germany · 180,761 inhabitants')
  })

  it('shows status, approximate period, topics and key results under a heading one level down', () => {
    const card = mount(renderTandemCard(tandem(), contextFor('en'), 2))
    expect(card.querySelector('h2')?.textContent).toBe('Hamm – Arezzo')
    expect([...card.querySelectorAll('.badge')].map((b) => b.textContent)).toEqual(['Tandem', 'Continuing', 'approx. 2023–2024'])
    expect(card.querySelector('h3')?.textContent).toBe('Key results')
    expect(card.querySelectorAll('.results li')).toHaveLength(2)
    expect(card.querySelector('[part="topics"]')?.textContent).toContain('Governance')
  })

  it('omits population, results and period where the record has none', () => {
    const card = mount(
      renderTandemCard(
        tandem({ results: [], period: { start: null, end: null, approximate: false }, municipalities: [{ slug: 'x', name: 'X', country: 'FR', population: null, location: null, strategyDocument: null }] }),
        contextFor('en'),
        3,
      ),
    )
    expect(card.querySelector('[part="results"]')).toBeNull()
    expect(card.textContent).not.toContain('inhabitants')
    expect(card.querySelectorAll('.badge')).toHaveLength(2)
  })
})
