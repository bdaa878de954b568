import { formatOffset, offsetMinutes } from '../time/zone'
import { component, contentLine, localDateTime } from './ical'

type Transition = { at: Date; from: number; to: number }

const HOUR = 3_600_000

/**
 * Every offset change of `zone` between the start of `fromYear` and the end of `toYear`, found
 * by sampling every 12 hours and bisecting to the minute. Taking the rules from the platform's
 * time zone database (through Intl) keeps past rule changes right without a table of our own.
 */
export function transitions(zone: string, fromYear: number, toYear: number): Transition[] {
  const found: Transition[] = []
  const end = Date.UTC(toYear + 1, 0, 1)
  let t = Date.UTC(fromYear, 0, 1)
  let offset = offsetMinutes(new Date(t), zone)
  while (t < end) {
    const next = t + 12 * HOUR
    const nextOffset = offsetMinutes(new Date(next), zone)
    if (nextOffset !== offset) {
      let lo = t
      let hi = next
      while (hi - lo > 60_000) {
        const mid = lo + Math.floor((hi - lo) / 2 / 60_000) * 60_000
        if (offsetMinutes(new Date(mid), zone) === offset) lo = mid
        else hi = mid
      }
      found.push({ at: new Date(hi), from: offset, to: nextOffset })
    }
    t = next
    offset = nextOffset
  }
  return found
}

/** Short zone names (CET, CEST) as the platform knows them in English; empty when only "GMT+1" is known. */
function zoneAbbreviation(zone: string, at: Date): string | null {
  const name = new Intl.DateTimeFormat('en-GB', { timeZone: zone, timeZoneName: 'short' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value
  return name && !/^(GMT|UTC)[+-]/.test(name) ? name : null
}

function observance(kind: 'STANDARD' | 'DAYLIGHT', start: Date, from: number, to: number, zone: string): string[] {
  // DTSTART is the onset in the wall-clock time that was valid just before it (§3.6.5).
  const shifted = new Date(start.getTime() + from * 60_000)
  const wallBefore = {
    year: shifted.getUTCFullYear(),
    month: shifted.getUTCMonth() + 1,
    day: shifted.getUTCDate(),
    hour: shifted.getUTCHours(),
    minute: shifted.getUTCMinutes(),
    second: shifted.getUTCSeconds(),
  }
  const name = zoneAbbreviation(zone, start)
  return component(kind, [
    contentLine('DTSTART', localDateTime(wallBefore)),
    contentLine('TZOFFSETFROM', formatOffset(from, '')),
    contentLine('TZOFFSETTO', formatOffset(to, '')),
    ...(name ? [contentLine('TZNAME', name)] : []),
  ])
}

/**
 * A VTIMEZONE for `zone` valid from the start of `fromYear` to the end of `toYear`: one
 * observance for the offset in force at the start, then one per transition. A transition to a
 * larger offset than the zone's smallest in the range is daylight time.
 */
export function vtimezone(zone: string, fromYear: number, toYear: number): string[] {
  const start = new Date(Date.UTC(fromYear, 0, 1))
  const initial = offsetMinutes(start, zone)
  const changes = transitions(zone, fromYear, toYear)
  const standard = Math.min(initial, ...changes.map((c) => c.to))
  const kind = (offset: number) => (offset > standard ? 'DAYLIGHT' : 'STANDARD')
  return component('VTIMEZONE', [
    contentLine('TZID', zone),
    ...observance(kind(initial), start, initial, initial, zone),
    ...changes.flatMap((c) => observance(kind(c.to), c.at, c.from, c.to, zone)),
  ])
}
