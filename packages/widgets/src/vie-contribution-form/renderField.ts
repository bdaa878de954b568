import type { ProposalField } from '@vie/types'
import { html, nothing, type TemplateResult } from 'lit'
import { ifDefined } from 'lit/directives/if-defined.js'

import type { ContributionStrings } from './contributionStrings'
import { controlValue } from './fieldValues'

/** An id for a field's control: keys carry dots (`summary.en`), which ids may but selectors dislike. */
export const controlId = (key: string): string => `field-${key.replace(/[^a-zA-Z0-9_-]/g, '-')}`

const INPUT_TYPES: Partial<Record<ProposalField['type'], string>> = {
  text: 'text',
  url: 'url',
  email: 'email',
  number: 'number',
  date: 'date',
  datetime: 'datetime-local',
}

function control(field: ProposalField, id: string, describedBy: string | undefined, invalid: boolean, t: ContributionStrings): TemplateResult {
  const value = controlValue(field)
  const common = { id, name: field.key, describedBy, invalid: invalid ? 'true' : undefined }
  switch (field.type) {
    case 'textarea':
      return html`<textarea
        id=${common.id}
        name=${common.name}
        rows="4"
        maxlength=${ifDefined(field.maxLength)}
        ?required=${field.required}
        lang=${ifDefined(field.lang)}
        aria-describedby=${ifDefined(common.describedBy)}
        aria-invalid=${ifDefined(common.invalid)}
        .value=${typeof value === 'string' ? value : ''}
      ></textarea>`
    case 'select':
      return html`<select id=${common.id} name=${common.name} ?required=${field.required} aria-describedby=${ifDefined(common.describedBy)} aria-invalid=${ifDefined(common.invalid)}>
        ${field.required ? nothing : html`<option value="" ?selected=${value === null}>${t.noEntry}</option>`}
        ${(field.options ?? []).map((option) => html`<option value=${option.value} ?selected=${option.value === value}>${option.label}</option>`)}
      </select>`
    case 'boolean':
      return html`<input type="checkbox" id=${common.id} name=${common.name} value="true" .checked=${value === true} aria-describedby=${ifDefined(common.describedBy)} />`
    default:
      return html`<input
        type=${INPUT_TYPES[field.type] ?? 'text'}
        id=${common.id}
        name=${common.name}
        maxlength=${ifDefined(field.maxLength)}
        min=${ifDefined(field.min)}
        max=${ifDefined(field.max)}
        ?required=${field.required}
        lang=${ifDefined(field.lang)}
        aria-describedby=${ifDefined(common.describedBy)}
        aria-invalid=${ifDefined(common.invalid)}
        .value=${value === null || value === undefined ? '' : String(value)}
      />`
  }
}

/** One field of the form: label, control with the current value, limit and the server's message. */
export function renderField(field: ProposalField, error: string | undefined, t: ContributionStrings): TemplateResult {
  const id = controlId(field.key)
  const hint = field.maxLength ? `${id}-hint` : undefined
  const message = error ? `${id}-error` : undefined
  const describedBy = [hint, message].filter(Boolean).join(' ') || undefined
  const feedback = html`${hint ? html`<span class="hint" id=${hint}>${t.maxLength(field.maxLength ?? 0)}</span>` : nothing}
  ${message ? html`<span class="field-error" id=${message}>${error}</span>` : nothing}`

  if (field.type === 'multiselect') {
    const chosen = new Set(Array.isArray(field.value) ? field.value : [])
    return html`<fieldset class="field" part="field" aria-describedby=${ifDefined(message)} aria-invalid=${ifDefined(error ? 'true' : undefined)}>
      <legend>${field.label}</legend>
      <div class="choices">
        ${(field.options ?? []).map(
          (option) => html`<label class="choice"><input type="checkbox" name=${field.key} value=${option.value} .checked=${chosen.has(option.value)} />${option.label}</label>`,
        )}
      </div>
      ${feedback}
    </fieldset>`
  }
  if (field.type === 'boolean') {
    return html`<div class="field" part="field">
      <label class="choice">${control(field, id, describedBy, Boolean(error), t)}${field.label}</label>
      ${feedback}
    </div>`
  }
  return html`<div class="field" part="field">
    <label for=${id}>${field.label}${field.required ? html`<span aria-hidden="true"> *</span>` : nothing}</label>
    ${control(field, id, describedBy, Boolean(error), t)} ${feedback}
  </div>`
}
