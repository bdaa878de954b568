import axe from 'axe-core'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { userEvent } from 'vitest/browser'

import '../lazy/vie-partner-finder'
import { partnerApiAnswer } from '../testing/partnerDtos'
import { settled } from '../testing/settled'

const API = 'https://vie.example'

/** Every URL the element asked for; answers come from the fixture DTOs, anything else is a 404. */
let asked: URL[] = []

function place(lang: 'de' | 'en', theme = 'light'): HTMLElement & { shadowRoot: ShadowRoot } {
  const holder = document.createElement('div')
  holder.innerHTML = `<button id="before">before</button><vie-partner-finder lang="${lang}" theme="${theme}" api="${API}"></vie-partner-finder>`
  document.body.append(holder)
  return holder.querySelector('vie-partner-finder') as HTMLElement & { shadowRoot: ShadowRoot }
}

const $ = <T extends Element = HTMLElement>(el: HTMLElement & { shadowRoot: ShadowRoot }, selector: string) => el.shadowRoot.querySelector<T & HTMLElement>(selector)
const active = (el: HTMLElement & { shadowRoot: ShadowRoot }) => el.shadowRoot.activeElement as HTMLElement | null

async function ready(el: HTMLElement & { shadowRoot: ShadowRoot }) {
  await settled(() => expect($(el, 'input[name="seeks"]')).not.toBeNull())
}

/** Types into the name field and picks the option named `name` with the arrow keys and Enter. */
async function chooseWho(el: HTMLElement & { shadowRoot: ShadowRoot }, text: string, name: string) {
  $(el, '#who')!.focus()
  await userEvent.keyboard(text)
  await settled(() => expect(el.shadowRoot.querySelectorAll('[role="option"]').length).toBeGreaterThan(0))
  const input = $(el, '#who')!
  for (let i = 0; i < 5; i++) {
    await userEvent.keyboard('{ArrowDown}')
    const id = input.getAttribute('aria-activedescendant')
    if (id && el.shadowRoot.getElementById(id)?.textContent?.includes(name)) break
  }
  expect(input.getAttribute('aria-expanded')).toBe('true')
  await userEvent.keyboard('{Enter}')
  await settled(() => expect((input as HTMLInputElement).value).toBe(name))
  expect(input.getAttribute('aria-expanded')).toBe('false')
}

/** Tabs from the current focus to the submit button and presses Enter. */
async function submitByKeyboard(el: HTMLElement & { shadowRoot: ShadowRoot }) {
  for (let i = 0; i < 60 && active(el)?.getAttribute('type') !== 'submit'; i++) await userEvent.tab()
  expect(active(el)?.getAttribute('type')).toBe('submit')
  await userEvent.keyboard('{Enter}')
}

async function axeViolations(): Promise<string[]> {
  const result = await axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
  return result.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.slice(0, 3).map((n) => n.target))}`)
}

describe('<vie-partner-finder>', () => {
  beforeEach(() => {
    asked = []
    vi.spyOn(globalThis, 'fetch').mockImplementation(async (input, init) => {
      const url = new URL(String(input))
      asked.push(url)
      expect(init?.credentials).toBe('omit')
      const body = partnerApiAnswer(url)
      return new Response(JSON.stringify(body), { status: body === null ? 404 : 200, headers: { 'content-type': 'application/json' } })
    })
  })
  afterEach(() => {
    document.body.replaceChildren()
    vi.restoreAllMocks()
  })

  it('walks through as a registered municipality with the keyboard alone, in English', async () => {
    const el = place('en')
    await ready(el)
    expect($(el, 'legend')?.textContent).toBe('Who are you?')
    expect($(el, '#who')?.getAttribute('role')).toBe('combobox')
    await chooseWho(el, 'Arez', 'Arezzo')
    // The stored profile's topics are ticked to start from.
    expect($<HTMLInputElement>(el, 'input[name="offers"][value="funding"]')?.checked).toBe(true)
    expect($<HTMLInputElement>(el, 'input[name="seeks"][value="digital-administration"]')?.checked).toBe(true)
    // Tab reaches the topic checkboxes; Space ticks one.
    await userEvent.tab()
    expect(active(el)?.getAttribute('name')).toBe('offers')
    await userEvent.tab()
    await userEvent.keyboard(' ')
    expect($<HTMLInputElement>(el, 'input[name="offers"][value="digital-twins"]')?.checked).toBe(true)
    await submitByKeyboard(el)
    await settled(() => expect(active(el)?.textContent).toContain('Suggestions for Arezzo'))
    const partners = asked.find((url) => url.pathname === '/public/v1/partners')!
    expect(partners.searchParams.get('municipality')).toBe('arezzo')
    expect(partners.searchParams.getAll('offers').sort()).toEqual(['digital-twins', 'funding'])
    expect(partners.searchParams.get('lang')).toBe('en')
    expect($(el, '[role="status"][part="count"]')?.textContent).toBe('1 municipality, 1 network, 0 tandems suggested.')
    const pirna = $(el, '[part~="municipalities"] [part~="suggestion"]')!
    expect(pirna.querySelector('a')?.getAttribute('href')).toBe(`${API}/public/v1/municipalities/pirna?lang=en`)
    expect(pirna.textContent).toContain('Match 62%')
    expect(pirna.textContent).toContain('offers Digital administration, which you seek')
    expect($(el, '[part~="tandems"] [part="empty"]')?.textContent).toBe('No matching tandem found.')
    // Escape closes the list and then empties the field.
    $(el, '#who')!.focus()
    await userEvent.keyboard('{Escape}')
    expect(($(el, '#who') as HTMLInputElement).value).toBe('')
  })

  it('walks through as a gazetteer place not in the register, in German, with figures from the place', async () => {
    const el = place('de')
    await ready(el)
    await chooseWho(el, 'Witt', 'Wittenberge')
    expect(($(el, 'input[name="population"]') as HTMLInputElement).value).toBe('17061')
    const languages = [...el.shadowRoot.querySelectorAll<HTMLInputElement>('input[name="languages"]')]
    expect(languages.filter((box) => box.checked).map((box) => box.value)).toEqual(['de', 'en'])
    expect($(el, '[part="figures"]')?.textContent).toContain('Deutschland')
    // Asking without a topic names what is missing and moves focus to the topics.
    await submitByKeyboard(el)
    await settled(() => expect($(el, '[role="alert"]')?.textContent).toBe('Bitte mindestens ein Thema wählen, das Sie anbieten oder suchen.'))
    expect(active(el)?.getAttribute('name')).toBe('offers')
    $(el, 'input[name="seeks"][value="digital-administration"]')!.focus()
    await userEvent.keyboard(' ')
    await submitByKeyboard(el)
    await settled(() => expect(active(el)?.textContent).toContain('Vorschläge für Wittenberge'))
    const partners = asked.find((url) => url.pathname === '/public/v1/partners')!
    expect(Object.fromEntries(partners.searchParams)).toEqual(
      expect.objectContaining({ population: '17061', country: 'DE', lat: '53', lng: '11.75', seeks: 'digital-administration', lang: 'de' }),
    )
    expect(partners.searchParams.getAll('languages')).toEqual(['de', 'en'])
    expect(partners.searchParams.has('municipality')).toBe(false)
    expect($(el, '[role="status"][part="count"]')?.textContent).toBe('1 Kommune, 1 Netzwerk, 0 Tandems vorgeschlagen.')
    expect($(el, '[part~="networks"]')?.textContent).toContain('Themen: Digitale Verwaltung')
  })

  it('offers a place that is in the register once, as the register entry', async () => {
    const el = place('en')
    await ready(el)
    $(el, '#who')!.focus()
    await userEvent.keyboard('Arezzo')
    await settled(() => expect(asked.some((url) => url.pathname === '/public/v1/gazetteer')).toBe(true))
    await settled(() => expect([...el.shadowRoot.querySelectorAll('[role="option"]')].map((o) => o.textContent?.replace(/\s+/g, ' ').trim())).toEqual(['Arezzo Italy · 96,535']))
    expect($(el, '[role="group"]')?.getAttribute('aria-label')).toBe('In the register')
  })

  it('has no axe-core violations with results shown, in the light and the dark theme', async () => {
    for (const theme of ['light', 'dark']) {
      const el = place('de', theme)
      await ready(el)
      await chooseWho(el, 'Arez', 'Arezzo')
      $(el, '#who')!.focus()
      await submitByKeyboard(el)
      await settled(() => expect($(el, '[part~="suggestion"]')).not.toBeNull())
      expect(await axeViolations(), theme).toEqual([])
      // With the list of matches open, too.
      $(el, '#who')!.focus()
      await userEvent.keyboard('{Backspace}')
      await settled(() => expect($(el, '[role="listbox"]')?.hidden).toBe(false))
      expect(await axeViolations(), `${theme}, list open`).toEqual([])
      document.body.replaceChildren()
    }
  })

  it('looks the same under a hostile host stylesheet', async () => {
    const measure = async () => {
      const el = place('en')
      el.style.width = '640px'
      await ready(el)
      const box = el.getBoundingClientRect()
      const input = getComputedStyle($(el, '#who')!)
      const legend = getComputedStyle($(el, 'legend')!)
      const result = { height: box.height, fontSize: input.fontSize, fontFamily: input.fontFamily, legend: legend.fontWeight, padding: input.padding }
      document.body.replaceChildren()
      return result
    }
    const clean = await measure()
    const style = document.createElement('style')
    style.textContent = `html { font-size: 40px } * { font-size: 2rem; line-height: 3; padding: 12px; border: 3px solid red; box-sizing: content-box; font-family: serif; letter-spacing: 4px }
      input, fieldset, legend, label { margin: 30px !important; display: inline !important } vie-partner-finder { font-size: 50px !important; display: inline !important }`
    document.head.append(style)
    try {
      expect(await measure()).toEqual(clean)
    } finally {
      style.remove()
    }
  })

  it('keeps no cookies or storage and asks no host but the API', async () => {
    const setItem = vi.spyOn(Storage.prototype, 'setItem')
    const el = place('en')
    await ready(el)
    await chooseWho(el, 'Witt', 'Wittenberge')
    $(el, 'input[name="seeks"][value="funding"]')!.click()
    $(el, 'button[type="submit"]')!.click()
    await settled(() => expect($(el, '[part~="suggestion"]')).not.toBeNull())
    expect(document.cookie).toBe('')
    expect(setItem).not.toHaveBeenCalled()
    expect(localStorage.length + sessionStorage.length).toBe(0)
    expect(asked.some((url) => url.pathname === '/public/v1/partners')).toBe(true)
    expect(asked.every((url) => url.origin === API)).toBe(true)
  })
})
