import type { EventItem } from '@vie/types'

// Building an Intl formatter costs far more than using one; a list of 100 cards would build hundreds.
const dateFormats = new Map<string, Intl.DateTimeFormat>()
const numberFormats = new Map<string, Intl.NumberFormat>()

function dateFormat(locale: string, options: Intl.DateTimeFormatOptions): Intl.DateTimeFormat {
  const key = `${locale} ${JSON.stringify(options)}`
  let format = dateFormats.get(key)
  if (!format) dateFormats.set(key, (format = new Intl.DateTimeFormat(locale, options)))
  return format
}

/** `1234567` → `1.234.567` (de) or `1,234,567` (en). */
export function formatNumber(value: number, locale: string): string {
  let format = numberFormats.get(locale)
  if (!format) numberFormats.set(locale, (format = new Intl.NumberFormat(locale)))
  return format.format(value)
}

/** A country's name in the reader's language, from its ISO code; the code when Intl does not know it. */
export function countryName(code: string, locale: string): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code
  } catch {
    return code
  }
}

const ISO_MONTH = /^(\d{4})-(\d{2})/

/** `2023-05` (or a longer ISO date) → "Mai 2023" / "May 2023". */
export function formatMonth(isoMonth: string, locale: string): string {
  const match = ISO_MONTH.exec(isoMonth)
  if (!match) return isoMonth
  const date = Date.UTC(Number(match[1]), Number(match[2]) - 1, 1)
  return dateFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date)
}

/** The month an event belongs to, in its own zone (the API's times carry that zone's offset): `2024-12`. */
export const eventMonth = (start: string | null): string | null => (start ? (ISO_MONTH.exec(start)?.[0] ?? null) : null)

export type EventWhenText = {
  text: string
  /** Machine-readable start for `<time datetime>`. */
  datetime: string
}

type Timing = Pick<EventItem, 'start' | 'end' | 'allDay' | 'timeZone'>

const DAY: Intl.DateTimeFormatOptions = { weekday: 'short', day: 'numeric', month: 'short', year: 'numeric' }

/** Whether a reader in `readerZone` sees another wall-clock time than the event's zone shows. */
function zoneDiffers(instant: Date, eventZone: string, readerZone: string): boolean {
  const wallClock = (timeZone: string) =>
    dateFormat('en', { ...DAY, hour: 'numeric', minute: 'numeric', timeZone }).format(instant)
  return wallClock(eventZone) !== wallClock(readerZone)
}

function formatRange(format: Intl.DateTimeFormat, start: Date, end: Date | null): string {
  return end && end.getTime() !== start.getTime() ? format.formatRange(start, end) : format.format(start)
}

/**
 * An event's date (all-day) or date and time, in the reader's language and the event's own time
 * zone; the zone's name is added where the reader's clock shows another time. Null for events
 * without a date.
 */
export function formatEventTime(
  event: Timing,
  locale: string,
  readerZone: string = Intl.DateTimeFormat().resolvedOptions().timeZone,
): EventWhenText | null {
  if (!event.start) return null
  if (event.allDay) {
    const day = (iso: string) => new Date(`${iso.slice(0, 10)}T00:00:00Z`)
    const format = dateFormat(locale, { ...DAY, timeZone: 'UTC' })
    return { text: formatRange(format, day(event.start), event.end ? day(event.end) : null), datetime: event.start.slice(0, 10) }
  }
  const start = new Date(event.start)
  const format = dateFormat(locale, {
    ...DAY,
    hour: '2-digit',
    minute: '2-digit',
    timeZone: event.timeZone,
    ...(zoneDiffers(start, event.timeZone, readerZone) ? { timeZoneName: 'short' } : {}),
  })
  return { text: formatRange(format, start, event.end ? new Date(event.end) : null), datetime: event.start }
}
