import { foundingSubtypes } from '@vie/types'
import axe from 'axe-core'
import { afterEach, describe, expect, it, vi } from 'vitest'

import '../lazy/vie-network-stats'
import { statsFixture } from '../testing/stats'
import type { VieNetworkStats } from './vie-network-stats'
import { settled } from '../testing/settled'

const DOWN = 'http://127.0.0.1:9'

async function placeStats(attributes = '', lang: 'de' | 'en' = 'en'): Promise<VieNetworkStats> {
  const holder = document.createElement('div')
  holder.innerHTML = `<vie-network-stats lang="${lang}" api="${DOWN}" ${attributes}></vie-network-stats>`
  document.body.append(holder)
  const element = holder.querySelector('vie-network-stats')!
  element.stats = statsFixture(lang)
  await element.updateComplete
  return element
}

const figure = (element: VieNetworkStats, chart: string) => element.shadowRoot!.querySelector(`[data-chart="${chart}"]`)!
/** What a chart draws: each bar's label and number. */
const drawn = (element: VieNetworkStats, chart: string) =>
  [...figure(element, chart).querySelectorAll('svg .bar')].map((b) => [b.getAttribute('data-label'), Number(b.getAttribute('data-value'))])
/** What its table says. */
const tabled = (element: VieNetworkStats, chart: string) =>
  [...figure(element, chart).querySelectorAll('tbody tr')].map((r) => [r.querySelector('th')?.textContent, Number(r.querySelector('td')?.textContent?.replace(/[.,]/g, ''))])

describe('<vie-network-stats>', () => {
  afterEach(() => {
    document.body.replaceChildren()
    vi.restoreAllMocks()
  })

  it('draws and tabulates exactly the numbers of /stats, sub-types under their initiative', async () => {
    const stats = statsFixture()
    const element = await placeStats()
    const category = stats.networks.byCategory.map((b) => [b.label, b.count])
    expect(drawn(element, 'category')).toEqual(category)
    expect(tabled(element, 'category')).toEqual(category)

    const initiativeOf = (value: string) => foundingSubtypes.find((s) => s.value === value)?.initiative
    const initiative = stats.networks.byFoundingInitiative.flatMap((i) => [
      [i.label, i.count],
      ...stats.networks.byFoundingSubtype.filter((s) => initiativeOf(s.value) === i.value).map((s) => [s.label, s.count]),
    ])
    expect(drawn(element, 'initiative')).toEqual(initiative)
    expect(tabled(element, 'initiative')).toEqual(initiative)

    const founded = stats.networks.byFoundedYear.map((b) => [b.value, b.count])
    expect(drawn(element, 'founded')).toEqual(founded)
    expect(tabled(element, 'founded')).toEqual(founded)

    const members = stats.networks.byMemberCount.map((b) => [b.label, b.count])
    expect(drawn(element, 'members')).toEqual(members)
    expect(tabled(element, 'members')).toEqual(members)
  })

  it('summarises each chart in words, and the summary names the chart for screen readers', async () => {
    const element = await placeStats()
    expect(figure(element, 'category').querySelector('[part="summary"]')?.textContent).toBe(
      '34 networks in the register. Most frequent: International and European smart city networks (12).',
    )
    expect(figure(element, 'founded').querySelector('[part="summary"]')?.textContent).toBe(
      'Founded between 1986 and 2022 (11 networks with a founding year). Most foundings in 2017 (5).',
    )
    expect(figure(element, 'members').querySelector('[part="summary"]')?.textContent).toBe(
      '3 networks state their number of members. The largest: Energy Cities (1,000), Eurocities (200), DKSN (40).',
    )
    for (const chart of ['category', 'initiative', 'founded', 'members']) {
      const svg = figure(element, chart).querySelector('svg')!
      expect(svg.getAttribute('role')).toBe('img')
      expect(element.shadowRoot!.getElementById(svg.getAttribute('aria-labelledby')!)?.textContent).toContain('.')
    }
  })

  it('shows the charts asked for in that order, in German with German numbers', async () => {
    const element = await placeStats('charts="members founded"', 'de')
    expect([...element.shadowRoot!.querySelectorAll('figure')].map((f) => f.getAttribute('data-chart'))).toEqual(['members', 'founded'])
    expect(element.shadowRoot!.querySelector('h3')?.textContent).toBe('Mitglieder je Netzwerk')
    expect(figure(element, 'members').querySelector('tbody td')?.textContent).toBe('1.000')
    expect(figure(element, 'members').querySelector('summary')?.textContent).toBe('Als Tabelle')
  })

  it('asks the VIE API for /stats in the reader’s language when no figures are given', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const holder = document.createElement('div')
    holder.innerHTML = `<vie-network-stats lang="de" api="${DOWN}"></vie-network-stats>`
    document.body.append(holder)
    await settled(() => expect(fetchSpy).toHaveBeenCalledTimes(1))
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(`${DOWN}/public/v1/stats?lang=de`)
  })

  it('has no axe-core violations in both themes and languages, tables open and closed', async () => {
    for (const lang of ['de', 'en'] as const) {
      for (const theme of ['light', 'dark']) {
        const element = await placeStats(`theme="${theme}"`, lang)
        for (const open of [false, true]) {
          element.shadowRoot!.querySelectorAll('details').forEach((d) => (d.open = open))
          const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          expect(result.violations.map((v) => `${lang} ${theme} ${open} ${v.id}: ${v.nodes.map((n) => n.target).join()}`)).toEqual([])
        }
        document.body.replaceChildren()
      }
    }
  })
})
