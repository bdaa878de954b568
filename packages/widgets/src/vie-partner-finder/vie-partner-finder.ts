import type { GazetteerResult, Lang, PartnerProfileList, PartnerSuggestions, TopicList } from '@vie/types'
import { Task, TaskStatus } from '@lit/task'
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit'

import { apiUrl, getJson } from '../shared/api'
import { baseStyles } from '../shared/base.styles'
import { countryName } from '../shared/format'
import { heading, headingLevel } from '../shared/heading'
import { panelStyles } from '../shared/panel.styles'
import { type Answers, type RenderContext, VieElement } from '../shared/VieElement'
import { finderStrings } from './finderStrings'
import { listLimit, partnersUrl } from './partnerQuery'
import { flatOptions, renderCombobox, type WhoOptions } from './renderCombobox'
import { renderSuggestions } from './renderSuggestions'
import { renderTopics } from './renderTopics'
import { partnerFinderStyles } from './vie-partner-finder.styles'
import { defaultLanguages, type FinderProfile, languageChoices, type Who, whoCountry, whoName } from './who'

/** The topic vocabulary, then (once asked) the suggestions. */
type FinderAnswer = TopicList | PartnerSuggestions

const NO_OPTIONS: WhoOptions = { register: [], places: [] }
/** Pause after the last keystroke before the name is searched, so typing sends one request, not one per letter. */
const TYPING_PAUSE_MS = 200

/**
 * The partner finder: the visitor says who they are (a municipality of the register, or any
 * European place of the gazetteer with its population and working languages), ticks what they
 * can offer and what they want to learn, and gets three ranked lists with reasons: municipalities
 * as new partners, networks to join, tandems to learn from. Nothing the visitor enters is stored.
 *
 * @element vie-partner-finder
 * @attr limit - Suggestions per list, 1–50 (default 5).
 * @attr heading-level - Level of the results heading, 1–6 (default 2); list headings and entries are one and two below.
 * @csspart form - The form of all choices.
 * @csspart combobox - The "who are you?" field with its list of matches.
 * @csspart label - Its label.
 * @csspart input - The name input.
 * @csspart listbox - The list of matching municipalities and places.
 * @csspart option - One match.
 * @csspart figures - Population, country and working languages of a place.
 * @csspart topics - A group of topic checkboxes (also `offers`, `seeks`).
 * @csspart count - The announced number of suggestions.
 * @csspart results - The results with their heading.
 * @csspart municipalities - The list of suggested municipalities.
 * @csspart networks - The list of suggested networks.
 * @csspart tandems - The list of suggested tandems.
 * @csspart list-heading - The heading of each list.
 * @csspart suggestion - One suggestion.
 * @csspart name - A suggestion's name (a heading with a link to the record).
 * @csspart badge - The score badge (also `score`).
 * @csspart reasons - A suggestion's reasons.
 * @csspart empty - The message of a list without suggestions.
 */
export class ViePartnerFinder extends VieElement<FinderAnswer> {
  static override styles = [baseStyles, panelStyles, partnerFinderStyles]
  static override properties: PropertyDeclarations = {
    limit: { type: Number },
    typed: { state: true, attribute: false },
    open: { state: true, attribute: false },
    active: { state: true, attribute: false },
    profile: { state: true, attribute: false },
    asked: { state: true, attribute: false },
    problem: { state: true, attribute: false },
  }

  declare limit: number | undefined
  /** What is in the name input. */
  declare private typed: string
  declare private open: boolean
  declare private active: number
  /** The choices so far; `who` is unset until the visitor picks a match. */
  declare private profile: Omit<FinderProfile, 'who'> & { who: Who | null }
  /** The profile suggestions were asked for, kept apart so ticking a box does not re-query. */
  declare private asked: FinderProfile | null
  declare private problem: string
  /** Set on submit: once the suggestions render, focus moves to their heading. */
  private focusResults = false

  private readonly search = new Task<[string, Lang, string], WhoOptions>(this, {
    task: async ([api, lang, text], { signal }) => {
      if (!text) return NO_OPTIONS
      await new Promise((resolve) => setTimeout(resolve, TYPING_PAUSE_MS))
      signal.throwIfAborted()
      const [register, places] = await Promise.all([
        getJson<PartnerProfileList>(apiUrl(api, 'partners/municipalities', { q: text, lang })),
        text.length >= 2 ? getJson<GazetteerResult>(apiUrl(api, 'gazetteer', { q: text, lang })) : null,
      ])
      const registered = new Set(register.items.map((m) => m.slug))
      return { register: register.items, places: (places?.places ?? []).filter((p) => !p.municipality || !registered.has(p.municipality)) }
    },
    args: () => [this.context().api, this.resolvedLang, this.open ? this.typed.trim() : ''],
  })

  constructor() {
    super()
    this.typed = ''
    this.open = false
    this.active = -1
    this.profile = { who: null, offers: [], seeks: [], population: null, languages: [] }
    this.asked = null
    this.problem = ''
  }

  protected override requestUrls({ api, lang }: RenderContext): string[] {
    const topics = apiUrl(api, 'topics', { lang })
    return this.asked ? [topics, partnersUrl(api, this.asked, listLimit(this.limit), lang)] : [topics]
  }

  private options(): WhoOptions {
    return this.search.status === TaskStatus.COMPLETE ? (this.search.value ?? NO_OPTIONS) : NO_OPTIONS
  }

  private pick(who: Who): void {
    const languages = who.kind === 'municipality' ? who.municipality.workingLanguages : defaultLanguages(who.place.country)
    const topics = who.kind === 'municipality' ? who.municipality : { offers: [], seeks: [] }
    this.profile = {
      who,
      offers: topics.offers.map((t) => t.slug),
      seeks: topics.seeks.map((t) => t.slug),
      population: who.kind === 'place' ? who.place.population : who.municipality.population,
      languages,
    }
    this.typed = whoName(who)
    this.open = false
    this.active = -1
    this.asked = null
    this.problem = ''
  }

  private readonly combobox = {
    onInput: (event: InputEvent) => {
      this.typed = (event.target as HTMLInputElement).value
      this.open = true
      this.active = -1
    },
    onKeyDown: (event: KeyboardEvent) => {
      const options = flatOptions(this.options())
      const step = (by: 1 | -1) => {
        event.preventDefault()
        this.open = true
        if (!options.length) return
        this.active = this.active < 0 ? (by > 0 ? 0 : options.length - 1) : (this.active + by + options.length) % options.length
      }
      if (event.key === 'ArrowDown') step(1)
      else if (event.key === 'ArrowUp') step(-1)
      else if (event.key === 'Enter' && this.open && options[this.active]) {
        event.preventDefault()
        this.pick(options[this.active]!)
      } else if (event.key === 'Escape') {
        if (this.open) this.open = false
        else this.typed = ''
      }
    },
    onPick: (who: Who) => this.pick(who),
    onBlur: () => {
      this.open = false
    },
  }

  private toggleTopic = (event: Event): void => {
    const box = event.target as HTMLInputElement
    const name = box.name as 'offers' | 'seeks'
    const rest = this.profile[name].filter((slug) => slug !== box.value)
    this.profile = { ...this.profile, [name]: box.checked ? [...rest, box.value] : rest }
  }

  private toggleLanguage = (event: Event): void => {
    const box = event.target as HTMLInputElement
    const rest = this.profile.languages.filter((code) => code !== box.value)
    this.profile = { ...this.profile, languages: box.checked ? [...rest, box.value] : rest }
  }

  private setPopulation = (event: Event): void => {
    const value = Number((event.target as HTMLInputElement).value)
    this.profile = { ...this.profile, population: Number.isInteger(value) && value > 0 ? value : null }
  }

  private submit = (event: SubmitEvent): void => {
    event.preventDefault()
    const f = finderStrings(this.resolvedLang)
    const { who } = this.profile
    if (!who) {
      this.problem = f.chooseWho
      this.renderRoot.querySelector<HTMLInputElement>('#who')?.focus()
      return
    }
    if (!this.profile.offers.length && !this.profile.seeks.length) {
      this.problem = f.chooseTopic
      this.renderRoot.querySelector<HTMLInputElement>('input[name="offers"]')?.focus()
      return
    }
    this.problem = ''
    this.asked = { ...this.profile, who }
    this.focusResults = true
  }

  protected override updated(): void {
    if (!this.focusResults || this.task.status !== TaskStatus.COMPLETE) return
    const results = this.renderRoot.querySelector<HTMLElement>('.results > [tabindex="-1"]')
    if (!results) return
    this.focusResults = false
    results.focus()
  }

  private renderFigures(who: Who, locale: string, lang: Lang): TemplateResult {
    const f = finderStrings(lang)
    if (who.kind === 'municipality') return html`<p class="muted" part="figures">${f.registered}</p>`
    const names = new Intl.DisplayNames([locale], { type: 'language' })
    return html`<div class="figures" part="figures">
      <label>
        <span>${f.population}</span>
        <input type="number" name="population" min="1" step="1" inputmode="numeric" .value=${String(this.profile.population ?? '')} @change=${this.setPopulation} />
      </label>
      <p><span class="muted">${f.country}:</span> ${countryName(who.place.country, locale)}</p>
    </div>
    <fieldset part="languages">
      <legend>${f.languages}</legend>
      <div class="choices">
        ${languageChoices(who.place.country).map(
          (code) => html`<label class="choice">
            <input type="checkbox" name="languages" value=${code} .checked=${this.profile.languages.includes(code)} @change=${this.toggleLanguage} />
            <span>${names.of(code) ?? code}</span>
          </label>`,
        )}
      </div>
    </fieldset>`
  }

  protected override renderData(answers: Answers<FinderAnswer>, context: RenderContext): TemplateResult {
    const { lang, locale } = context
    const f = finderStrings(lang)
    const topics = answers.find((a): a is TopicList => 'items' in a)?.items ?? []
    const suggestions = this.asked ? answers.find((a): a is PartnerSuggestions => 'municipalities' in a) : undefined
    const { who } = this.profile
    const level = headingLevel(this.headingLevel, 2)
    const combobox = { text: this.typed, open: this.open, active: this.active, options: this.options(), busy: this.search.status === TaskStatus.PENDING }
    const count = suggestions ? f.counts(suggestions.municipalities.length, suggestions.networks.length, suggestions.tandems.length) : ''
    return html`<form part="form" @submit=${this.submit} novalidate>
        <fieldset>
          <legend>${f.whoLegend}</legend>
          ${renderCombobox(combobox, f, locale, this.combobox)}
          ${who ? html`<p><strong>${whoName(who)}</strong>, ${countryName(whoCountry(who), locale)}</p>${this.renderFigures(who, locale, lang)}` : nothing}
        </fieldset>
        <div class="topics">
          ${renderTopics('offers', f.offersLegend, topics, this.profile.offers, this.toggleTopic)}
          ${renderTopics('seeks', f.seeksLegend, topics, this.profile.seeks, this.toggleTopic)}
        </div>
        <p class="actions">
          <button type="submit" part="button">${f.submit}</button>
          <span class="problem" role="alert">${this.problem}</span>
        </p>
        <p class="muted">${f.attribution}</p>
      </form>
      <p class="count muted" part="count" role="status">${count}</p>
      ${suggestions && this.asked
        ? html`<div class="results" part="results">
            <div tabindex="-1">${heading(level, f.resultsFor(whoName(this.asked.who)))}</div>
            ${renderSuggestions(suggestions, { ...context, f }, headingLevel(level, level, 1))}
          </div>`
        : nothing}`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vie-partner-finder': ViePartnerFinder
  }
}
