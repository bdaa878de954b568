import type { Label } from '@vie/types'

import type { Check } from './messages'

type Comparable = number | string | Date

const toNumber = (value: Comparable): number => (typeof value === 'number' ? value : new Date(value).getTime())

/** An end (year or date) that is not before its start; either side may be empty. */
export function checkNotBefore(
  start: Comparable | null | undefined,
  end: Comparable | null | undefined,
  labels: { start: Label; end: Label },
): Check {
  if (start === null || start === undefined || end === null || end === undefined) return true
  if (toNumber(end) >= toNumber(start)) return true
  return {
    de: `${labels.end.de}: darf nicht vor „${labels.start.de}“ liegen.`,
    en: `${labels.end.en}: must not be earlier than "${labels.start.en}".`,
  }
}
