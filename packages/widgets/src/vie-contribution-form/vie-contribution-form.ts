import type { ProposalCollection, ProposalForm } from '@vie/types'
import { html, nothing, type PropertyDeclarations, type TemplateResult } from 'lit'

import { apiUrl } from '../shared/api'
import { baseStyles } from '../shared/base.styles'
import { heading, headingLevel } from '../shared/heading'
import { panelStyles } from '../shared/panel.styles'
import { type Answers, type RenderContext, VieElement } from '../shared/VieElement'
import { type ContributionStrings, contributionStrings } from './contributionStrings'
import { changedValues } from './fieldValues'
import { controlId, renderField } from './renderField'
import { submitProposal } from './submitProposal'
import { contributionFormStyles } from './vie-contribution-form.styles'

const COLLECTIONS: readonly ProposalCollection[] = ['networks', 'tandems', 'municipalities', 'events']

type Phase = { kind: 'editing' } | { kind: 'working' } | { kind: 'sent'; email: string; receipt: string }

/** Submitter fields and where the server names them in its 400 answer. */
const SUBMITTER = { name: 'submitter.name', email: 'submitter.email', organisation: 'submitter.organisation' } as const

/**
 * A form to propose a change to one record of the register, or to submit a new event. It shows
 * the record's current values; only what the visitor changes is sent. The proposal reaches the
 * BBSR editors once the submitter confirms it by e-mail. Abuse protection without third parties:
 * a proof-of-work challenge solved in the browser, a field robots fill in, and rate limits.
 *
 * @element vie-contribution-form
 * @attr collection - `networks`, `tandems`, `municipalities` or `events` (required).
 * @attr slug - The record's slug; leave it out with `collection="events"` to submit a new event.
 * @attr heading-level - Level of the form's heading, 1–6 (default 2).
 * @csspart form - The form.
 * @csspart field - One field with its label, hint and message.
 * @csspart notice - The form-wide message (nothing changed, fields to check, sent).
 * @csspart submit - The send button.
 * @fires vie-proposal-sent - The proposal was accepted for confirmation; `detail.receipt` is its receipt number.
 */
export class VieContributionForm extends VieElement<ProposalForm> {
  static override styles = [baseStyles, panelStyles, contributionFormStyles]
  static override properties: PropertyDeclarations = {
    collection: { type: String },
    slug: { type: String },
    phase: { state: true, attribute: false },
    errors: { state: true, attribute: false },
    notice: { state: true, attribute: false },
  }

  declare collection: string | undefined
  declare slug: string | undefined
  declare private phase: Phase
  /** The server's (or the form's own) message per field key. */
  declare private errors: Record<string, string>
  declare private notice: string | null

  constructor() {
    super()
    this.phase = { kind: 'editing' }
    this.errors = {}
    this.notice = null
  }

  private target(): { collection: ProposalCollection; slug: string | null } | null {
    const collection = COLLECTIONS.find((c) => c === this.collection)
    if (!collection) return null
    const slug = this.slug?.trim() || null
    return slug || collection === 'events' ? { collection, slug } : null
  }

  protected override requestUrls({ api, lang }: RenderContext): string[] | null {
    const target = this.target()
    if (!target) return null
    return [apiUrl(api, `proposals/form/${target.collection}/${target.slug ? encodeURIComponent(target.slug) : 'new'}`, { lang })]
  }

  private async submit(event: SubmitEvent, form: ProposalForm, context: RenderContext, t: ContributionStrings): Promise<void> {
    event.preventDefault()
    const element = event.currentTarget as HTMLFormElement
    const target = this.target()
    if (!target || this.phase.kind === 'working') return
    const isNew = target.slug === null
    const changes = changedValues(element, form.fields, isNew)
    const data = new FormData(element)
    const text = (name: string) => String(data.get(name) ?? '').trim()

    const errors: Record<string, string> = {}
    for (const key of [SUBMITTER.name, SUBMITTER.email]) if (!text(key)) errors[key] = t.required
    if (isNew) for (const field of form.fields) if (field.required && !(field.key in changes)) errors[field.key] = t.required
    if (data.get('consent') === null) errors.consent = t.consentMissing
    if (!isNew && Object.keys(changes).length === 0) return this.report({}, t.nothingChanged)
    if (Object.keys(errors).length) return this.report(errors, t.fixFields(Object.keys(errors).length))

    this.phase = { kind: 'working' }
    this.report({}, t.working)
    const result = await submitProposal(context.api, {
      target: target.slug ? { collection: target.collection, slug: target.slug } : { collection: 'events', new: true },
      changes,
      message: text('message'),
      submitter: { name: text(SUBMITTER.name), email: text(SUBMITTER.email), organisation: text(SUBMITTER.organisation) },
      consent: true,
      website: text('website'),
      lang: context.lang,
    })
    if (result.kind === 'sent') {
      this.phase = { kind: 'sent', email: text(SUBMITTER.email), receipt: result.receipt }
      this.notice = null
      this.dispatchEvent(new CustomEvent('vie-proposal-sent', { detail: { receipt: result.receipt }, bubbles: true, composed: true }))
      await this.updateComplete
      this.renderRoot.querySelector<HTMLElement>('.sent')?.focus()
      return
    }
    this.phase = { kind: 'editing' }
    if (result.kind === 'invalid') {
      const byField = Object.fromEntries(result.params.map((param) => [param.name, param.reason]))
      return this.report(byField, result.params.length ? t.fixFields(result.params.length) : result.detail || t.failed)
    }
    this.report({}, result.kind === 'too-many' ? t.tooMany : t.failed)
  }

  /** Shows the messages and moves focus to the first field named, else to the notice. */
  private async report(errors: Record<string, string>, notice: string): Promise<void> {
    this.errors = errors
    this.notice = notice
    await this.updateComplete
    const first = Object.keys(errors)[0]
    const control = first ? this.renderRoot.querySelector<HTMLElement>(`[name="${CSS.escape(first)}"]`) : null
    ;(control ?? this.renderRoot.querySelector<HTMLElement>('.notice'))?.focus()
  }

  protected override renderData([form]: Answers<ProposalForm>, context: RenderContext): TemplateResult {
    const t = contributionStrings(context.lang)
    const level = headingLevel(this.headingLevel, 2)
    const isNew = form.target.slug === null
    const title = isNew ? t.titleNewEvent : t.titleChange(form.target.name ?? form.target.slug ?? '')
    if (this.phase.kind === 'sent') {
      return html`<section class="sent" part="notice" tabindex="-1" role="status">
        ${heading(level, t.sentTitle)}
        <p>${t.sent(this.phase.email)}</p>
        <p>${t.receipt}: <strong>${this.phase.receipt}</strong></p>
      </section>`
    }
    const error = (key: string) => this.errors[key]
    const submitterField = (key: string, label: string, type: string, autocomplete: string, maxLength: number, required: boolean, hint?: string) => {
      const id = controlId(key)
      const describedBy = [hint ? `${id}-hint` : '', error(key) ? `${id}-error` : ''].filter(Boolean).join(' ') || nothing
      return html`<div class="field" part="field">
        <label for=${id}>${label}${required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
        <input id=${id} name=${key} type=${type} autocomplete=${autocomplete} maxlength=${maxLength} ?required=${required} aria-invalid=${error(key) ? 'true' : nothing} aria-describedby=${describedBy} />
        ${hint ? html`<span class="hint" id=${`${id}-hint`}>${hint}</span>` : nothing}
        ${error(key) ? html`<span class="field-error" id=${`${id}-error`}>${error(key)}</span>` : nothing}
      </div>`
    }
    const working = this.phase.kind === 'working'
    return html`<form part="form" novalidate aria-busy=${working} @submit=${(event: SubmitEvent) => void this.submit(event, form, context, t)}>
      ${heading(level, title)}
      <p>${isNew ? t.introNewEvent : t.intro}</p>
      <fieldset class="group">
        <legend>${t.yourChanges}</legend>
        ${form.fields.map((field) => renderField(field, error(field.key), t))}
      </fieldset>
      <fieldset class="group">
        <legend>${t.aboutYou}</legend>
        ${submitterField(SUBMITTER.name, t.name, 'text', 'name', form.limits.name, true)}
        ${submitterField(SUBMITTER.email, t.email, 'email', 'email', 254, true, t.emailHint)}
        ${submitterField(SUBMITTER.organisation, t.organisation, 'text', 'organization', form.limits.organisation, false)}
        <div class="field" part="field">
          <label for="field-message">${t.message}</label>
          <textarea id="field-message" name="message" rows="3" maxlength=${form.limits.message} aria-invalid=${error('message') ? 'true' : nothing} aria-describedby=${error('message') ? 'field-message-error' : nothing}></textarea>
          ${error('message') ? html`<span class="field-error" id="field-message-error">${error('message')}</span>` : nothing}
        </div>
        <div class="robots" aria-hidden="true">
          <label for="field-website">${t.robots}</label>
          <input id="field-website" name="website" type="text" tabindex="-1" autocomplete="off" />
        </div>
        <details class="privacy">
          <summary>${t.privacy}</summary>
          <p>${form.privacyNotice}</p>
        </details>
        <div class="field" part="field">
          <label class="choice">
            <input type="checkbox" name="consent" value="yes" aria-invalid=${error('consent') ? 'true' : nothing} aria-describedby=${error('consent') ? 'field-consent-error' : nothing} />
            ${t.consent}
          </label>
          ${error('consent') ? html`<span class="field-error" id="field-consent-error">${error('consent')}</span>` : nothing}
        </div>
      </fieldset>
      ${this.notice ? html`<p class="notice" part="notice" role="alert" tabindex="-1">${this.notice}</p>` : nothing}
      <p class="actions"><button type="submit" part="button submit" ?disabled=${working}>${t.submit}</button></p>
    </form>`
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'vie-contribution-form': VieContributionForm
  }
}
