import type { Label } from '@vie/types'

type Dated = { start?: string | null; end?: string | null; allDay?: boolean | null }

const DAY = 24 * 60 * 60 * 1000

/**
 * Whether an event is over at `now`: its end (or start, when it has no end) has passed. An
 * all-day event's end is the midnight that starts its last day, so it lasts one day longer.
 */
export function isPast({ start, end, allDay }: Dated, now: Date): boolean {
  const last = end ?? start
  if (!last) return false
  const over = Date.parse(last) + (allDay ? DAY : 0)
  return Number.isFinite(over) && over < now.getTime()
}

/** Shown instead of "scheduled" once a scheduled event is over. */
export const PAST: Label = { de: 'Vergangen', en: 'Past' }
