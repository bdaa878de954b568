import type { EventPage, EventWhen } from '@vie/types'
import { html, type PropertyDeclarations, type TemplateResult } from 'lit'

import { baseStyles } from '../shared/base.styles'
import { formatMonth, formatNumber } from '../shared/format'
import { heading, headingLevel } from '../shared/heading'
import { panelStyles } from '../shared/panel.styles'
import { type Answers, type RenderContext, VieElement } from '../shared/VieElement'
import { type EventFilters, eventFeedUrls, eventLimit, eventListUrl, eventWhen } from './eventQuery'
import { groupByMonth } from './groupByMonth'
import { renderEvent } from './renderEvent'
import { eventListStyles } from './vie-event-list.styles'

const FILTERS = ['topic', 'network', 'tandem', 'country', 'mode', 'kind'] as const

/**
 * Events of the register, grouped by month, with dates in the reader's language and the
 * event's time zone, mode and status badges, "add to calendar" per event, a calendar
 * subscription for the whole filtered list, and a switch between upcoming and past events.
 *
 * @element vie-event-list
 * @attr when - `upcoming` (default), `past` or `all`; the reader can switch between upcoming and past.
 * @attr limit - How many events, 1–100 (default 10).
 * @attr topic - Topic slug.
 * @attr network - Network slug.
 * @attr tandem - Tandem slug.
 * @attr country - Country of the venue, ISO 3166-1 alpha-2 (e.g. `DE`).
 * @attr mode - `online`, `hybrid` or `on-site`.
 * @attr kind - `conference`, `workshop`, `webinar`, `network-meeting`, `project-meeting` or `external`.
 * @attr heading-level - Level of the month headings, 1–6 (default 3); event titles are one below.
 * @csspart toggle - The upcoming/past switch.
 * @csspart feeds - The calendar subscription links.
 * @csspart count - The number of events.
 * @csspart month - One month's group.
 * @csspart month-heading - The month's heading.
 * @csspart event - One event.
 * @csspart event-title - The event's title.
 * @csspart when - Its date and time.
 * @csspart badge - Status, mode and kind badges (also `status`, `mode`, `kind`).
 * @csspart place - Where it takes place.
 * @csspart summary - Its description.
 * @csspart calendar - The "add to calendar" link.
 * @csspart empty - The message when there are no events.
 */
export class VieEventList extends VieElement<EventPage> {
  static override styles = [baseStyles, panelStyles, eventListStyles]
  static override properties: PropertyDeclarations = {
    ...Object.fromEntries(FILTERS.map((name) => [name, { type: String }])),
    when: { type: String },
    limit: { type: Number },
    chosenWhen: { state: true, attribute: false },
  }

  declare topic: string | undefined
  declare network: string | undefined
  declare tandem: string | undefined
  declare country: string | undefined
  declare mode: EventFilters['mode']
  declare kind: EventFilters['kind']
  declare when: string | undefined
  declare limit: number | undefined
  /** The reader's choice in the upcoming/past switch; it wins over `when`. */
  declare private chosenWhen: EventWhen | undefined

  private filters(): EventFilters {
    return Object.fromEntries(FILTERS.map((name) => [name, this[name] || undefined]))
  }

  private currentWhen(): EventWhen {
    return this.chosenWhen ?? eventWhen(this.when)
  }

  protected override requestUrls({ api, lang }: RenderContext): string[] {
    return [eventListUrl(api, this.filters(), this.currentWhen(), eventLimit(this.limit), lang)]
  }

  private renderToolbar({ t, api, lang }: RenderContext): TemplateResult {
    const current = this.currentWhen()
    const feeds = eventFeedUrls(api, this.filters(), lang)
    const option = (value: EventWhen, label: string) =>
      html`<button type="button" part="button" aria-pressed=${current === value} @click=${() => (this.chosenWhen = value)}>
        ${label}
      </button>`
    return html`<div class="toolbar">
      <div class="toggle" role="group" part="toggle" aria-label=${t.period}>
        ${option('upcoming', t.upcoming)} ${option('past', t.past)}
      </div>
      <p class="actions" part="feeds">
        <a part="link" href=${feeds.webcal}>${t.subscribe}</a>
        <a part="link" href=${feeds.https}>${t.subscribeHttps}</a>
      </p>
    </div>`
  }

  protected override renderData([page]: Answers<EventPage>, context: RenderContext): TemplateResult {
    const { t, locale } = context
    const level = headingLevel(this.headingLevel, 3)
    const titleLevel = headingLevel(level, level, 1)
    const groups = groupByMonth(page.items)
    return html`${this.renderToolbar(context)}
      <p class="count muted" part="count" role="status">${t.eventCount(formatNumber(page.items.length, locale), formatNumber(page.total, locale), page.total === 1)}</p>
      ${groups.length
        ? groups.map(
            ({ month, events }) => html`<section class="month" part="month">
              ${heading(level, month ? formatMonth(month, locale) : t.noDate, 'month-heading')}
              <ul class="events">
                ${events.map((event) => html`<li>${renderEvent(event, context, titleLevel)}</li>`)}
              </ul>
            </section>`,
          )
        : html`<p class="state" part="empty">${this.currentWhen() === 'past' ? t.noPast : t.noUpcoming}</p>`}`
  }
}
