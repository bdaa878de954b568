import { describe, expect, it } from 'vitest'

import { contextFor, mount, networkCard } from '../testing/dtos'
import { renderNetworkCard } from './renderNetworkCard'

describe('renderNetworkCard', () => {
  it('shows name, acronym, badges, founding year, member count, themes, summary, website and as-of date', () => {
    const card = mount(renderNetworkCard(networkCard({ acronym: 'EC' }), contextFor('de'), 3))
    expect(card.querySelector('h3')?.textContent?.replace(/\s+/g, ' ').trim()).toBe('Eurocities (EC)')
    expect([...card.querySelectorAll('.badge')].map((b) => b.textContent)).toEqual([
      'European and international networks of cities and regions',
      'European',
    ])
    const facts = [...card.querySelectorAll('dl div')].map((d) => [d.querySelector('dt')?.textContent, d.querySelector('dd')?.textContent])
    expect(facts).toEqual([
      ['Gegründet', '1986'],
      ['Mitglieder', '1.234'],
    ])
    expect([...card.querySelectorAll('[part="themes"] li')].map((li) => li.textContent)).toEqual(['Data', 'Mobility'])
    expect(card.querySelector('a')?.getAttribute('href')).toBe('https://eurocities.eu/')
    expect(card.textContent).toContain('Stand: Mai 2023')
  })

  it('renders hostile record text as text and drops a javascript: website', () => {
    const hostile = networkCard({
      name: '<img src=x onerror="window.__pwned=1">',
      summary: '</script><script>window.__pwned=1</script>',
      website: 'javascript:window.__pwned=1',
      themes: [{ slug: 'x', label: '<svg onload="window.__pwned=1">' }],
    })
    const card = mount(renderNetworkCard(hostile, contextFor('en'), 2))
    expect(card.querySelector('img, script, svg')).toBeNull()
    expect(card.querySelector('a')).toBeNull()
    expect(card.querySelector('h2')?.textContent).toContain('<img src=x onerror=')
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('marks text the API gave in German inside an English card', () => {
    const card = mount(renderNetworkCard(networkCard({ summary: 'Netzwerk großer Städte.', fallback: ['summary'] }), contextFor('en'), 3))
    expect(card.querySelector('[part="summary"] [lang="de"]')?.textContent).toBe('Netzwerk großer Städte.')
    expect(card.querySelector('h3 [lang]')).toBeNull()
    expect(card.textContent).toContain('Information as of: May 2023')
  })

  it('leaves out facts the record does not have', () => {
    const card = mount(renderNetworkCard(networkCard({ foundedYear: null, memberCount: null, themes: [], website: null, infoAsOf: null, geographicScope: null }), contextFor('en'), 3))
    expect(card.querySelector('dl, [part="themes"], a, [part~="as-of"]')).toBeNull()
    expect(card.querySelectorAll('.badge')).toHaveLength(1)
  })
})
