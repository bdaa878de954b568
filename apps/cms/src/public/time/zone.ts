/** Wall-clock fields of an instant in some time zone. */
export type LocalParts = { year: number; month: number; day: number; hour: number; minute: number; second: number }

const partFormatters = new Map<string, Intl.DateTimeFormat>()
const offsetFormatters = new Map<string, Intl.DateTimeFormat>()

function partsFormatter(zone: string): Intl.DateTimeFormat {
  let f = partFormatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    })
    partFormatters.set(zone, f)
  }
  return f
}

export function isTimeZone(zone: string): boolean {
  try {
    partsFormatter(zone)
    return true
  } catch {
    return false
  }
}

export function localParts(instant: Date, zone: string): LocalParts {
  const out: Record<string, number> = {}
  for (const part of partsFormatter(zone).formatToParts(instant)) {
    if (part.type !== 'literal') out[part.type] = Number(part.value)
  }
  return {
    year: out.year ?? 0,
    month: out.month ?? 0,
    day: out.day ?? 0,
    hour: out.hour ?? 0,
    minute: out.minute ?? 0,
    second: out.second ?? 0,
  }
}

/** Minutes east of UTC in `zone` at `instant` (Europe/Berlin: 60 in winter, 120 in summer). */
export function offsetMinutes(instant: Date, zone: string): number {
  let f = offsetFormatters.get(zone)
  if (!f) {
    f = new Intl.DateTimeFormat('en-US', { timeZone: zone, timeZoneName: 'longOffset' })
    offsetFormatters.set(zone, f)
  }
  const name = f.formatToParts(instant).find((p) => p.type === 'timeZoneName')?.value ?? 'GMT'
  const match = /GMT([+-])(\d{2}):(\d{2})/.exec(name)
  if (!match) return 0
  const minutes = Number(match[2]) * 60 + Number(match[3])
  return match[1] === '-' ? -minutes : minutes
}

const pad = (n: number, width = 2): string => String(Math.abs(n)).padStart(width, '0')

/** `+01:00`, `-05:30`, `+00:00`. */
export function formatOffset(minutes: number, separator = ':'): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.floor(Math.abs(minutes) / 60))}${separator}${pad(Math.abs(minutes) % 60)}`
}

export function formatDate({ year, month, day }: Pick<LocalParts, 'year' | 'month' | 'day'>): string {
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}`
}

/** ISO 8601 with the offset valid in `zone` at that instant: `2024-10-27T10:00:00+01:00`. */
export function formatInZone(instant: Date, zone: string): string {
  const p = localParts(instant, zone)
  return `${formatDate(p)}T${pad(p.hour)}:${pad(p.minute)}:${pad(p.second)}${formatOffset(offsetMinutes(instant, zone))}`
}

/**
 * The instant a wall-clock time in `zone` denotes. In the hour skipped by a DST change the
 * result lands after the gap; in the repeated hour it is the first occurrence.
 */
export function zonedTimeToInstant(local: LocalParts, zone: string): Date {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second)
  const day = 86_400_000
  // The offsets a day before and after bracket any transition near this wall-clock time.
  const candidates = [offsetMinutes(new Date(asUtc - day), zone), offsetMinutes(new Date(asUtc + day), zone)].map(
    (offset) => ({ offset, instant: asUtc - offset * 60_000 }),
  )
  const valid = candidates.filter((c) => offsetMinutes(new Date(c.instant), zone) === c.offset).map((c) => c.instant)
  // No valid candidate: the time falls into the gap; read it with the offset before the gap.
  return new Date(valid.length ? Math.min(...valid) : (candidates[0]?.instant ?? asUtc))
}

/** Midnight at the start of a calendar day in `zone`. */
export const startOfDay = (year: number, month: number, day: number, zone: string): Date =>
  zonedTimeToInstant({ year, month, day, hour: 0, minute: 0, second: 0 }, zone)
