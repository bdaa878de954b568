import type { EventItem } from '@vie/types'

import { eventMonth } from '../shared/format'

export type MonthGroup = {
  /** `2024-12`, or null for the events without a date. */
  month: string | null
  events: EventItem[]
}

/** Consecutive events of the same month in one group, keeping the API's order. */
export function groupByMonth(events: readonly EventItem[]): MonthGroup[] {
  const groups: MonthGroup[] = []
  for (const event of events) {
    const month = eventMonth(event.start)
    const current = groups[groups.length - 1]
    if (current && current.month === month) current.events.push(event)
    else groups.push({ month, events: [event] })
  }
  return groups
}
