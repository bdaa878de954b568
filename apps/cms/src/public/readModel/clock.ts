/**
 * The interval around `now` in which no event ends. Answers depend on the clock only through
 * whether an event has ended (`endsAt > now`: upcoming, past, a municipality's coming events),
 * so an answer rendered at `now` stays right for every instant in this interval.
 * `ends` is sorted ascending.
 */
export function unchangedAround(ends: Float64Array, now: number): { validFrom: number; validUntil: number } {
  // The number of ends at or before `now`, by binary search.
  let lo = 0
  let hi = ends.length
  while (lo < hi) {
    const mid = (lo + hi) >>> 1
    if ((ends[mid] as number) <= now) lo = mid + 1
    else hi = mid
  }
  return {
    validFrom: lo > 0 ? (ends[lo - 1] as number) : Number.NEGATIVE_INFINITY,
    validUntil: lo < ends.length ? (ends[lo] as number) : Number.POSITIVE_INFINITY,
  }
}
