import type { TopicRef } from '@vie/types'
import { html, type TemplateResult } from 'lit'

/** A labelled group of checkboxes, one per topic of the vocabulary; `name` tells offers from seeks. */
export function renderTopics(name: 'offers' | 'seeks', legend: string, topics: readonly TopicRef[], chosen: readonly string[], onToggle: (event: Event) => void): TemplateResult {
  return html`<fieldset part="topics ${name}">
    <legend>${legend}</legend>
    <div class="choices">
      ${topics.map(
        (topic) => html`<label class="choice">
          <input type="checkbox" name=${name} value=${topic.slug} .checked=${chosen.includes(topic.slug)} @change=${onToggle} />
          <span>${topic.label}</span>
        </label>`,
      )}
    </div>
  </fieldset>`
}
