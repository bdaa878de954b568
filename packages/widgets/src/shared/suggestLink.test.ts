import type { NetworkDetail } from '@vie/types'
import { describe, expect, it } from 'vitest'

import { contextFor, mount, networkCard, tandem } from '../testing/dtos'
import { VieNetworkCard } from '../vie-network-card/vie-network-card'
import { renderNetworkCard } from '../vie-network-card/renderNetworkCard'
import { VieTandemCard } from '../vie-tandem-card/vie-tandem-card'
import { renderTandemCard } from '../vie-tandem-card/renderTandemCard'
import { defineElement } from '../define'
import { suggestUrl } from './suggestLink'

defineElement('vie-network-card', VieNetworkCard)
defineElement('vie-tandem-card', VieTandemCard)

const links = (root: ParentNode) =>
  [...root.querySelectorAll<HTMLAnchorElement>('a[part~="suggest"]')].map((a) => ({
    href: a.getAttribute('href'),
    text: a.textContent?.replace(/\s+/g, ' ').trim(),
  }))

describe('"Suggest a change" links', () => {
  it('point to the record’s contribution page on the VIE server, in the reader’s language', () => {
    expect(suggestUrl('https://vie.example/', 'municipalities', 'bad homburg', 'en')).toBe(
      'https://vie.example/contribute/municipalities/bad%20homburg?lang=en',
    )
  })

  it('appear on a network card only when asked for, naming the network for screen readers', () => {
    const href = suggestUrl('https://vie.example', 'networks', 'eurocities', 'de')
    expect(links(mount(renderNetworkCard(networkCard(), contextFor('de'), 3)))).toEqual([])
    expect(links(mount(renderNetworkCard(networkCard(), contextFor('de'), 3, href)))).toEqual([
      { href: 'https://vie.example/contribute/networks/eurocities?lang=de', text: 'Änderung vorschlagen – Eurocities' },
    ])
  })

  it('on a tandem card lead to the tandem and to each partner municipality', () => {
    const card = mount(renderTandemCard(tandem(), contextFor('en'), 3, (collection, slug) => suggestUrl('https://vie.example', collection, slug, 'en')))
    expect(links(card)).toEqual([
      { href: 'https://vie.example/contribute/municipalities/hamm?lang=en', text: 'Suggest a change – Hamm' },
      { href: 'https://vie.example/contribute/municipalities/arezzo?lang=en', text: 'Suggest a change – Arezzo' },
      { href: 'https://vie.example/contribute/tandems/hamm-arezzo?lang=en', text: 'Suggest a change – Hamm – Arezzo' },
    ])
  })

  it('are switched on by the `suggest` attribute of the elements and use their `api` server', async () => {
    document.body.innerHTML = `
      <vie-network-card api="https://vie.example" lang="en"></vie-network-card>
      <vie-network-card api="https://vie.example" lang="en" suggest></vie-network-card>
      <vie-tandem-card api="https://vie.example" lang="de" suggest></vie-tandem-card>`
    const [plain, suggesting] = document.querySelectorAll('vie-network-card')
    const tandemCard = document.querySelector('vie-tandem-card')
    if (!plain || !suggesting || !tandemCard) throw new Error('elements missing')
    // The card shows only the fields a list entry has too; the rest of the detail plays no part here.
    plain.record = networkCard() as NetworkDetail
    suggesting.record = networkCard() as NetworkDetail
    tandemCard.record = tandem()
    await Promise.all([plain.updateComplete, suggesting.updateComplete, tandemCard.updateComplete])
    expect(links(plain.shadowRoot!)).toEqual([])
    expect(links(suggesting.shadowRoot!)).toEqual([
      { href: 'https://vie.example/contribute/networks/eurocities?lang=en', text: 'Suggest a change – Eurocities' },
    ])
    expect(links(tandemCard.shadowRoot!).map((link) => link.href)).toEqual([
      'https://vie.example/contribute/municipalities/hamm?lang=de',
      'https://vie.example/contribute/municipalities/arezzo?lang=de',
      'https://vie.example/contribute/tandems/hamm-arezzo?lang=de',
    ])
    document.body.replaceChildren()
  })
})
