import type { EventItem } from '@vie/types'
import { html, nothing, type TemplateResult } from 'lit'

import { countryName, formatEventTime } from '../shared/format'
import { heading, type HeadingLevel } from '../shared/heading'
import { localizedText } from '../shared/localizedText'
import { httpUrl } from '../shared/safeUrl'
import type { RenderContext } from '../shared/VieElement'
import { eventIcsUrl } from './eventQuery'

function place(event: EventItem, locale: string): string | null {
  if (!event.place) return null
  const { name, city, country } = event.place
  const parts = [name, city, country ? countryName(country, locale) : null].filter(Boolean)
  return parts.length ? parts.join(', ') : null
}

function when(event: EventItem, context: RenderContext): TemplateResult {
  const time = formatEventTime(event, context.locale)
  if (time) return html`<time datetime=${time.datetime}>${time.text}</time>`
  return html`${event.dateText ? localizedText(event, 'dateText', event.dateText, context.lang) : context.t.noDate}`
}

/** One event: title, date in the reader's language, mode and status badges, place, summary and links. */
export function renderEvent(event: EventItem, context: RenderContext, level: HeadingLevel): TemplateResult {
  const { lang, t, locale, api } = context
  const cancelled = event.status.value === 'cancelled'
  const where = place(event, locale)
  const registration = httpUrl(event.registrationUrl)
  const online = httpUrl(event.onlineUrl)
  return html`<article class="event ${cancelled ? 'cancelled' : ''}" part="event">
    ${heading(level, localizedText(event, 'title', event.title, lang), 'event-title')}
    <p class="when" part="when">${when(event, context)}</p>
    <ul class="badges">
      ${event.status.value === 'scheduled' ? nothing : html`<li class="badge alert" part="badge status">${event.status.label}</li>`}
      ${event.mode ? html`<li class="badge" part="badge mode">${event.mode.label}</li>` : nothing}
      <li class="badge" part="badge kind">${event.kind.label}</li>
    </ul>
    ${where ? html`<p class="muted" part="place">${where}</p>` : nothing}
    ${event.summary ? html`<p part="summary">${localizedText(event, 'summary', event.summary, lang)}</p>` : nothing}
    <p class="actions">
      ${registration && !cancelled ? html`<a part="link" href=${registration}>${t.register}</a>` : nothing}
      ${online && !cancelled ? html`<a part="link" href=${online}>${t.joinOnline}</a>` : nothing}
      ${event.start
        ? html`<a part="link calendar" href=${eventIcsUrl(api, event.slug, lang)}>${t.addToCalendar}<span class="visually-hidden">: ${event.title}</span></a
          >`
        : nothing}
    </p>
  </article>`
}
