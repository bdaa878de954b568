import { afterEach, describe, expect, it, vi } from 'vitest'

import type { NetworkCard, TandemDetail } from '@vie/types'

import '../index'
import { networkCard, tandem } from '../testing/dtos'
import { contrast } from '../testing/contrast'
import { settled } from '../testing/settled'

/** An address where no API listens: a real failed request, nothing faked. */
const DOWN = 'http://127.0.0.1:9'

function place(markup: string): HTMLElement {
  const holder = document.createElement('div')
  holder.innerHTML = markup
  document.body.append(holder)
  return holder
}

async function errorShown(element: Element): Promise<HTMLElement> {
  await settled(() => expect(element.shadowRoot?.querySelector('[part="error"]')).not.toBeNull())
  return element.shadowRoot!.querySelector<HTMLElement>('[part="error"]')!
}

describe('VIE elements (shared behaviour)', () => {
  afterEach(() => {
    document.body.replaceChildren()
    document.head.querySelectorAll('style[data-hostile]').forEach((s) => s.remove())
    vi.restoreAllMocks()
    window.scrollTo(0, 0)
  })

  it('requests nothing until the element nears the viewport', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    place(`<div style="height: 6000px"></div><vie-network-card slug="lazy-probe" lang="de" api="${DOWN}"></vie-network-card>`)
    await new Promise((resolve) => setTimeout(resolve, 300))
    expect(fetchSpy).not.toHaveBeenCalled()
    document.querySelector('vie-network-card')!.scrollIntoView()
    await settled(() => expect(fetchSpy).toHaveBeenCalledTimes(1))
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(`${DOWN}/public/v1/networks/lazy-probe?lang=de`)
  })

  it('shows an error with retry and a data link when the API is down, keeping the host’s fallback', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    place(`<vie-tandem-card slug="hamm-arezzo" lang="en" api="${DOWN}"><a href="https://example.org/hamm-arezzo">Hamm – Arezzo</a></vie-tandem-card>`)
    const element = document.querySelector('vie-tandem-card')!
    const error = await errorShown(element)
    expect(error.textContent).toContain('The data could not be loaded.')
    expect(error.querySelector('a')?.getAttribute('href')).toBe(`${DOWN}/public/v1/tandems/hamm-arezzo?lang=en`)
    const slot = error.querySelector('slot')!
    expect(slot.assignedElements()[0]?.textContent).toBe('Hamm – Arezzo')
    error.querySelector('button')!.click()
    await settled(() => expect(fetchSpy).toHaveBeenCalledTimes(2))
    await errorShown(element)
  })

  it('shows the fallback content and no skeleton while loading, a skeleton without fallback', async () => {
    // Below the fold the element has not started loading, so the loading state stays in view.
    place(`<div style="height: 6000px"></div><vie-event-list api="${DOWN}" id="with"><p>Termine</p></vie-event-list><vie-event-list api="${DOWN}" id="without"></vie-event-list>`)
    const withFallback = document.getElementById('with')!
    const without = document.getElementById('without')!
    await settled(() => expect(without.shadowRoot?.querySelector('[part="skeleton"]')).not.toBeNull())
    expect(withFallback.shadowRoot?.querySelector('[part="skeleton"]')).toBeNull()
    expect(withFallback.shadowRoot?.querySelector('slot')?.assignedElements()).toHaveLength(1)
  })

  it('requests nothing and shows no skeleton when the attributes make no query', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    place(`<vie-network-card api="${DOWN}"></vie-network-card>`)
    const element = document.querySelector('vie-network-card')!
    await settled(() => expect(element.shadowRoot?.querySelector('slot')).not.toBeNull())
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(element.shadowRoot?.querySelector('[part="skeleton"], [part="error"]')).toBeNull()
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('shows a record given as property at once and fetches nothing, also after the slug or language change', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    place(`<vie-network-card slug="eurocities" lang="de" api="${DOWN}"></vie-network-card><vie-tandem-card lang="en" api="${DOWN}"></vie-tandem-card>`)
    const card = document.querySelector('vie-network-card') as HTMLElement & { record?: NetworkCard; updateComplete: Promise<boolean> }
    card.record = networkCard({ name: 'Unsaved name' })
    await card.updateComplete
    expect(card.shadowRoot?.querySelector('[part="heading"]')?.textContent).toContain('Unsaved name')
    card.setAttribute('lang', 'en')
    card.setAttribute('slug', 'other')
    card.record = networkCard({ name: 'Unsaved English name' })
    await card.updateComplete
    expect(card.shadowRoot?.querySelector('[part="heading"]')?.textContent).toContain('Unsaved English name')
    const tandemCard = document.querySelector('vie-tandem-card') as HTMLElement & { record?: TandemDetail; updateComplete: Promise<boolean> }
    tandemCard.record = tandem({ title: 'Draft tandem' })
    await tandemCard.updateComplete
    expect(tandemCard.shadowRoot?.querySelector('[part="heading"]')?.textContent).toContain('Draft tandem')
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(fetchSpy).not.toHaveBeenCalled()
  })

  it('has readable contrast in the light and the dark theme', async () => {
    place(`<vie-network-card slug="x" api="${DOWN}" id="light"></vie-network-card><vie-network-card slug="x" api="${DOWN}" theme="dark" id="dark"></vie-network-card>`)
    for (const id of ['light', 'dark']) {
      const error = await errorShown(document.getElementById(id)!)
      const base = error.closest('.base')!
      const { color, backgroundColor } = getComputedStyle(base)
      expect(contrast(color, backgroundColor), id).toBeGreaterThanOrEqual(7)
      const link = getComputedStyle(error.querySelector('a')!).color
      expect(contrast(link, backgroundColor), `${id} link`).toBeGreaterThanOrEqual(4.5)
    }
    const light = getComputedStyle(document.getElementById('light')!.shadowRoot!.querySelector('.base')!).backgroundColor
    const dark = getComputedStyle(document.getElementById('dark')!.shadowRoot!.querySelector('.base')!).backgroundColor
    expect(light).not.toBe(dark)
  })

  it('looks the same under a hostile host stylesheet', async () => {
    const measure = async () => {
      // A fixed width: the page's own boxes around the element may narrow it, which is the page's right.
      place(`<vie-network-card slug="x" api="${DOWN}" lang="en" style="width: 420px"></vie-network-card>`)
      const error = await errorShown(document.querySelector('vie-network-card')!)
      const box = document.querySelector('vie-network-card')!.getBoundingClientRect()
      const text = getComputedStyle(error.querySelector('p')!)
      const result = { height: box.height, fontSize: text.fontSize, fontFamily: text.fontFamily, lineHeight: text.lineHeight }
      document.body.replaceChildren()
      return result
    }
    const clean = await measure()
    const style = document.createElement('style')
    style.dataset.hostile = ''
    style.textContent = `html { font-size: 40px } * { font-size: 2rem; line-height: 3; padding: 12px; border: 3px solid red; box-sizing: content-box; font-family: serif; letter-spacing: 4px }
      div, p { margin: 30px !important } vie-network-card { font-size: 50px !important; display: inline !important }`
    document.head.append(style)
    expect(await measure()).toEqual(clean)
  })
})
