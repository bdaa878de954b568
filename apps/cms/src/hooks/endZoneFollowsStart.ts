import type { CollectionBeforeChangeHook } from 'payload'

type Zones = { start_tz?: string | null; end_tz?: string | null }

/**
 * An event's end lies in the start's time zone unless the editor chose another: a save without
 * an end zone takes the start zone, and moving the start zone moves an end zone that had
 * followed it (the admin does the same while editing, see EndZoneFollowsStart).
 */
export const endZoneFollowsStart: CollectionBeforeChangeHook = ({ data, originalDoc }) => {
  const next = data as Zones
  const before = (originalDoc ?? {}) as Zones
  const start = next.start_tz ?? before.start_tz
  if (!start) return data
  const endUntouched = next.end_tz === undefined || next.end_tz === before.end_tz
  const followed = !before.end_tz || before.end_tz === before.start_tz
  if (!next.end_tz || (endUntouched && followed)) next.end_tz = start
  return data
}
