import axe from 'axe-core'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'

import '../lazy/vie-map'
import { featureCollection, PLACES } from '../testing/geo'
import type { VieMap } from './vie-map'
import { contrast } from '../testing/contrast'
import { settled } from '../testing/settled'

/** An address where no API listens: a real failed request, nothing faked. */
const DOWN = 'http://127.0.0.1:9'

async function placeMap(attributes = '', lang: 'de' | 'en' = 'de'): Promise<VieMap> {
  const holder = document.createElement('div')
  holder.innerHTML = `<button id="start">start</button><vie-map lang="${lang}" api="${DOWN}" ${attributes}></vie-map>`
  document.body.append(holder)
  const map = holder.querySelector('vie-map')!
  map.features = featureCollection(lang)
  await map.updateComplete
  return map
}

const shadow = (map: VieMap) => map.shadowRoot!
const markerSlugs = (map: VieMap): string[] =>
  [...shadow(map).querySelectorAll('[part="marker"]')].flatMap((m) => (m.getAttribute('data-slugs') ?? '').split(' ')).sort()
const listSlugs = (map: VieMap): string[] => [...shadow(map).querySelectorAll('[part="list"] li')].map((li) => li.getAttribute('data-slug') ?? '').sort()

/** What each filter must show, worked out from the fixture without the element's code. */
const FILTERS: { attributes: string; expected: string[] }[] = [
  { attributes: '', expected: PLACES.filter((p) => p.at).map((p) => p.slug) },
  { attributes: 'network="dksn"', expected: ['dortmund', 'freiburg', 'hamm'] },
  { attributes: 'network="eurocities dksn"', expected: ['bochum', 'dortmund', 'freiburg', 'hamm', 'tartu'] },
  { attributes: 'tandem="basel-freiburg-mulhouse"', expected: ['basel', 'freiburg', 'mulhouse'] },
  { attributes: 'topic="energy"', expected: ['arezzo', 'hamm'] },
  { attributes: 'kind="tandem-partner"', expected: ['arezzo', 'basel', 'freiburg', 'hamm', 'mulhouse'] },
  { attributes: 'kind="event-place"', expected: ['arezzo', 'dortmund', 'tartu'] },
  { attributes: 'kind="member" topic="mobility"', expected: ['dortmund', 'freiburg'] },
]

describe('<vie-map>', () => {
  afterEach(() => {
    document.body.replaceChildren()
    document.head.querySelectorAll('style[data-hostile]').forEach((s) => s.remove())
    vi.restoreAllMocks()
  })

  it('marks exactly the municipalities with coordinates that each filter selects, on the map and in the list', async () => {
    for (const { attributes, expected } of FILTERS) {
      const map = await placeMap(attributes)
      expect(markerSlugs(map), attributes).toEqual(expected)
      expect(shadow(map).querySelector('[part="count"]')?.textContent).toContain(String(expected.length))
      const toggle = shadow(map).querySelector<HTMLButtonElement>('[part="toolbar"] button')!
      toggle.click()
      await map.updateComplete
      expect(toggle.getAttribute('aria-pressed')).toBe('true')
      expect(shadow(map).querySelector('svg')).toBeNull()
      expect(listSlugs(map), attributes).toEqual(expected)
      toggle.click()
      await map.updateComplete
      expect(markerSlugs(map), attributes).toEqual(expected)
      document.body.replaceChildren()
    }
  })

  it('draws tandems as lines between partners, and merges close markers into one that zooms in', async () => {
    const map = await placeMap()
    // Hamm–Arezzo is one line, the tridem Basel–Freiburg–Mulhouse three.
    expect(shadow(map).querySelectorAll('line.tandem')).toHaveLength(4)
    const ruhr = [...shadow(map).querySelectorAll<SVGGElement>('[part="marker"]')].find((m) => m.dataset.slugs?.includes('bochum'))!
    expect(ruhr.dataset.slugs?.split(' ').sort()).toEqual(['bochum', 'dortmund', 'hamm'])
    expect(ruhr.getAttribute('aria-label')).toMatch(/^3 Kommunen: .*Bochum/)
    const before = shadow(map).querySelector('svg')!.getAttribute('viewBox')
    ruhr.dispatchEvent(new MouseEvent('click', { bubbles: true }))
    await map.updateComplete
    expect(shadow(map).querySelector('svg')!.getAttribute('viewBox')).not.toBe(before)
    const singles = [...shadow(map).querySelectorAll<SVGGElement>('[part="marker"]')].filter((m) => m.dataset.slugs?.split(' ').length === 1)
    expect(singles.map((m) => m.dataset.slugs)).toEqual(expect.arrayContaining(['bochum', 'dortmund', 'hamm']))
  })

  it('walks every marker with the keyboard, each announcing its name, and Enter opens the details', async () => {
    const map = await placeMap('', 'en')
    const focusedMarker = () => shadow(map).activeElement?.closest('[part="marker"]') ?? null
    document.getElementById('start')!.focus()
    for (let i = 0; i < 5 && !focusedMarker(); i++) await userEvent.tab()
    expect(focusedMarker()).not.toBeNull()
    expect(shadow(map).querySelectorAll('[part="marker"][tabindex="0"]')).toHaveLength(1)
    const labels: string[] = []
    await userEvent.keyboard('{Home}')
    await map.updateComplete
    for (let i = 0; i < shadow(map).querySelectorAll('[part="marker"]').length; i++) {
      labels.push(focusedMarker()?.getAttribute('aria-label') ?? '')
      await userEvent.keyboard('{ArrowRight}')
      await map.updateComplete
    }
    const walked = labels.join(' | ')
    for (const place of PLACES.filter((p) => p.at)) expect(walked).toContain(place.name)
    expect(new Set(labels).size).toBe(labels.length)
    expect(walked).toContain('Tartu (Estonia): 1 network, 0 tandems, 1 event')
    await userEvent.keyboard('{End}')
    await map.updateComplete
    expect(focusedMarker()?.getAttribute('aria-label')).toContain('Tartu')
    await userEvent.keyboard('{Enter}')
    await map.updateComplete
    expect(shadow(map).querySelector('[part="details"]')?.textContent).toContain('Tartu')
    expect(shadow(map).querySelector('[part="details"] h3')?.textContent).toBe('Tartu')
  })

  it('zooms to a country chosen in the view select and back to all of Europe', async () => {
    const map = await placeMap('', 'de')
    const select = shadow(map).querySelectorAll('select')[1]!
    expect([...select.options].map((o) => o.text)).toEqual(['Europa', 'Deutschland', 'Estland', 'Frankreich', 'Italien', 'Schweiz'])
    const full = shadow(map).querySelector('svg')!.getAttribute('viewBox')
    select.value = 'EE'
    select.dispatchEvent(new Event('change'))
    await map.updateComplete
    const [, , width] = (shadow(map).querySelector('svg')!.getAttribute('viewBox') ?? '').split(' ').map(Number)
    expect(width).toBeLessThan(200)
    shadow(map).querySelector<HTMLButtonElement>('.actions button')!.click()
    await map.updateComplete
    expect(shadow(map).querySelector('svg')!.getAttribute('viewBox')).toBe(full)
  })

  it('asks only the VIE API for the GeoJSON when no data is given, in the reader’s language', async () => {
    const fetchSpy = vi.spyOn(globalThis, 'fetch')
    const holder = document.createElement('div')
    holder.innerHTML = `<vie-map lang="en" api="${DOWN}"></vie-map>`
    document.body.append(holder)
    await settled(() => expect(fetchSpy).toHaveBeenCalledTimes(1))
    expect(String(fetchSpy.mock.calls[0]?.[0])).toBe(`${DOWN}/public/v1/municipalities.geojson?lang=en`)
    expect(fetchSpy.mock.calls[0]?.[1]).toMatchObject({ credentials: 'omit' })
  })

  it('has no axe-core violations and markers stand out from the land in both themes and languages, map and list', async () => {
    for (const lang of ['de', 'en'] as const) {
      for (const theme of ['light', 'dark']) {
        const map = await placeMap(`theme="${theme}"`, lang)
        const dot = shadow(map).querySelector('.dot')!
        const landPath = shadow(map).querySelector('.land path')!
        expect(contrast(getComputedStyle(dot).fill, getComputedStyle(landPath).fill), theme).toBeGreaterThanOrEqual(3)
        for (const view of ['map', 'list']) {
          const result = await axe.run(document.body, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
          expect(result.violations.map((v) => `${lang} ${theme} ${view} ${v.id}: ${v.nodes.map((n) => n.target).join()}`)).toEqual([])
          shadow(map).querySelector<HTMLButtonElement>('[part="toolbar"] button')!.click()
          await map.updateComplete
        }
        document.body.replaceChildren()
      }
    }
  })

  it('looks the same under a hostile host stylesheet', async () => {
    const measure = async () => {
      const map = await placeMap('style="width: 600px"', 'en')
      const box = map.getBoundingClientRect()
      const svgBox = shadow(map).querySelector('svg')!.getBoundingClientRect()
      const result = { height: box.height, svgWidth: svgBox.width, svgHeight: svgBox.height, markers: markerSlugs(map) }
      document.body.replaceChildren()
      return result
    }
    const clean = await measure()
    const style = document.createElement('style')
    style.dataset.hostile = ''
    style.textContent = `html { font-size: 40px } * { font-size: 2rem; line-height: 3; padding: 12px; border: 3px solid red; box-sizing: content-box; font-family: serif }
      svg, path, circle, g { display: none !important; fill: red !important } vie-map { font-size: 50px !important; display: inline !important }`
    document.head.append(style)
    expect(await measure()).toEqual(clean)
  })
})
