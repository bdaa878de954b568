import type { GazetteerPlace, PartnerProfileRef } from '@vie/types'
import { html, nothing, type TemplateResult } from 'lit'
import { live } from 'lit/directives/live.js'

import { countryName, formatNumber } from '../shared/format'
import type { FinderStrings } from './finderStrings'
import type { Who } from './who'

/** The options a search found: register entries first, then gazetteer places not in the register. */
export type WhoOptions = { register: PartnerProfileRef[]; places: GazetteerPlace[] }

export type ComboboxState = {
  text: string
  open: boolean
  /** Index into `flatOptions`, −1 for none. */
  active: number
  options: WhoOptions
  busy: boolean
}

export type ComboboxHandlers = {
  onInput: (event: InputEvent) => void
  onKeyDown: (event: KeyboardEvent) => void
  onPick: (who: Who) => void
  onBlur: () => void
}

export const flatOptions = ({ register, places }: WhoOptions): Who[] => [
  ...register.map((municipality) => ({ kind: 'municipality' as const, municipality })),
  ...places.map((place) => ({ kind: 'place' as const, place })),
]

const OPTION_ID = 'who-option-'

function option(who: Who, index: number, active: number, locale: string, on: ComboboxHandlers): TemplateResult {
  const { name, country, population } = who.kind === 'municipality' ? who.municipality : who.place
  const detail = [countryName(country, locale), population ? formatNumber(population, locale) : null].filter(Boolean).join(' · ')
  return html`<div
    id=${OPTION_ID + index}
    role="option"
    part="option"
    aria-selected=${index === active ? 'true' : 'false'}
    @mousedown=${(event: MouseEvent) => event.preventDefault()}
    @click=${() => on.onPick(who)}
  >
    <span class="option-name">${name}</span> <span class="muted">${detail}</span>
  </div>`
}

/**
 * The "who are you?" field after the ARIA 1.2 combobox pattern: a text input that owns a listbox,
 * the highlighted option named by `aria-activedescendant`, so focus stays in the input while the
 * arrow keys move through the options (Enter picks, Escape closes).
 */
export function renderCombobox(state: ComboboxState, t: FinderStrings, locale: string, on: ComboboxHandlers): TemplateResult {
  const all = flatOptions(state.options)
  const registerCount = state.options.register.length
  const expanded = state.open && state.text.trim().length > 0
  const group = (label: string, items: Who[], offset: number) =>
    items.length
      ? html`<div role="group" aria-label=${label}>
          <span class="group-label" aria-hidden="true">${label}</span>
          ${items.map((who, i) => option(who, offset + i, state.active, locale, on))}
        </div>`
      : nothing
  return html`<div class="combobox" part="combobox">
    <label for="who" part="label">${t.whoLabel}</label>
    <input
      id="who"
      part="input"
      type="text"
      role="combobox"
      autocomplete="off"
      spellcheck="false"
      aria-autocomplete="list"
      aria-controls="who-list"
      aria-expanded=${expanded ? 'true' : 'false'}
      aria-activedescendant=${expanded && state.active >= 0 ? OPTION_ID + state.active : nothing}
      aria-describedby="who-hint"
      .value=${live(state.text)}
      @input=${on.onInput}
      @keydown=${on.onKeyDown}
      @blur=${on.onBlur}
    />
    <span id="who-hint" class="muted">${t.whoHint}</span>
    <div id="who-list" role="listbox" part="listbox" aria-label=${t.whoLabel} ?hidden=${!expanded || !all.length}>
      ${group(t.inRegister, all.slice(0, registerCount), 0)} ${group(t.places, all.slice(registerCount), registerCount)}
    </div>
    <span class="visually-hidden" role="status">${expanded ? (state.busy ? t.searching : all.length ? t.options(all.length) : t.noMatch) : ''}</span>
  </div>`
}
