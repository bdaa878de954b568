const GERMAN_MONTHS = [
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'dezember',
]

/**
 * The "information as of" notes of the profiles ("Mai 2023", or "Mai 2023 (Mitglieder); August
 * 2023 (Ergebnisse)") as the first day of the latest month they name, in UTC.
 */
export function parseInfoAsOf(note: string | null | undefined): string | null {
  if (!note) return null
  let latest: number | null = null
  for (const [, month, year] of note.toLowerCase().matchAll(/([a-zä]+)\s+(\d{4})/g)) {
    const index = GERMAN_MONTHS.indexOf(month ?? '')
    if (index < 0) continue
    const time = Date.UTC(Number(year), index, 1)
    if (latest === null || time > latest) latest = time
  }
  return latest === null ? null : new Date(latest).toISOString()
}

/** Offset of `timeZone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, timeZone: string): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    second: '2-digit',
  }).formatToParts(new Date(instant))
  const get = (type: string) => Number(parts.find((part) => part.type === type)?.value)
  return Date.UTC(get('year'), get('month') - 1, get('day'), get('hour'), get('minute'), get('second')) - instant
}

/** Midnight at the start of a calendar day (YYYY-MM-DD) in `timeZone`, as a UTC ISO string. */
export function midnightIn(day: string, timeZone: string): string {
  const [year, month, date] = day.split('-').map(Number)
  const utcMidnight = Date.UTC(year ?? NaN, (month ?? NaN) - 1, date ?? NaN)
  if (Number.isNaN(utcMidnight)) throw new Error(`not a calendar day: ${day}`)
  // The offset at UTC midnight is the offset at local midnight except on a DST switch day, where
  // a second pass settles it.
  const first = utcMidnight - offsetAt(utcMidnight, timeZone)
  return new Date(utcMidnight - offsetAt(first, timeZone)).toISOString()
}
