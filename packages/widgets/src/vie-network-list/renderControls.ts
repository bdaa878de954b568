import { foundingInitiatives, geographicScopes, type Lang, networkCategories, type VocabularyEntry } from '@vie/types'
import { html, type TemplateResult } from 'lit'
import { live } from 'lit/directives/live.js'

import type { Strings } from '../shared/strings'
import { sortOptions } from './sortOptions'
import type { NetworkFilters } from './networkQuery'

type Choice = 'category' | 'scope' | 'initiative'

// The register's vocabularies: the controls need every value and label before any data arrives.
const choices: Record<Choice, readonly VocabularyEntry[]> = {
  category: networkCategories,
  scope: geographicScopes,
  initiative: foundingInitiatives,
}

export type ControlHandlers = {
  onSubmit: (event: SubmitEvent) => void
  onChange: (event: Event) => void
  onReset: () => void
}

function select(name: Choice, filters: NetworkFilters, lang: Lang, t: Strings): TemplateResult {
  const current = filters[name] ?? ''
  return html`<label part="control">
    <span>${t[name]}</span>
    <select name=${name}>
      <option value="" ?selected=${!current}>${t.any}</option>
      ${choices[name].map(
        ({ value, label }) => html`<option value=${value} ?selected=${current === value}>${label[lang]}</option>`,
      )}
    </select>
  </label>`
}

/**
 * A search box and filter selects: native form elements, so every part works with the keyboard
 * alone and reads well in screen readers. Selects apply on change; the search applies on Enter
 * or the button, so results do not shift under a typing reader.
 */
export function renderControls(filters: NetworkFilters, lang: Lang, t: Strings, on: ControlHandlers): TemplateResult {
  return html`<form class="controls" part="controls" role="search" @submit=${on.onSubmit} @change=${on.onChange}>
    <label part="control search">
      <span>${t.searchNetworks}</span>
      <span class="search">
        <input type="search" name="q" .value=${live(filters.q ?? '')} autocomplete="off" />
        <button type="submit" part="button">${t.search}</button>
      </span>
    </label>
    ${select('category', filters, lang, t)} ${select('scope', filters, lang, t)} ${select('initiative', filters, lang, t)}
    <label part="control">
      <span>${t.sort}</span>
      <select name="sort">
        ${sortOptions.map(
          ([value, key]) => html`<option value=${value} ?selected=${(filters.sort ?? 'name') === value}>${t[key]}</option>`,
        )}
      </select>
    </label>
    <button type="button" part="button" @click=${on.onReset}>${t.reset}</button>
  </form>`
}
