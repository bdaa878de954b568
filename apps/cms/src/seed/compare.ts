/**
 * How the seed decides that a record is already as the data files say, and how it keeps array
 * rows (and their other-language texts) when it writes again.
 */

const isEmpty = (value: unknown): boolean =>
  value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value)

/**
 * True when `existing` lacks something `desired` says. Only the keys of `desired` count (a stored
 * record has more: ids, timestamps, fields the seed does not own), and "empty" is one value
 * whether it is stored as null, missing, '' or [].
 */
export function differs(desired: unknown, existing: unknown): boolean {
  if (isEmpty(desired) || isEmpty(existing)) return isEmpty(desired) !== isEmpty(existing)
  if (Array.isArray(desired)) {
    return !Array.isArray(existing) || desired.length !== existing.length || desired.some((item, i) => differs(item, existing[i]))
  }
  if (isObject(desired)) {
    return !isObject(existing) || Object.entries(desired).some(([key, value]) => key !== 'id' && differs(value, existing[key]))
  }
  return desired !== existing
}

/**
 * Gives the rows of every array in `data` the ids of the stored rows at the same position.
 * Without ids Payload replaces the rows, and with them the texts of the other language.
 */
export function carryRowIds<T>(data: T, stored: unknown): T {
  if (Array.isArray(data)) {
    const storedRows = Array.isArray(stored) ? stored : []
    return data.map((row: unknown, i) => {
      const storedRow: unknown = storedRows[i]
      if (!isObject(row)) return row
      const withInner = carryRowIds(row, storedRow)
      return isObject(storedRow) && storedRow.id !== undefined ? { ...withInner, id: storedRow.id } : withInner
    }) as T
  }
  if (isObject(data)) {
    const source = isObject(stored) ? stored : {}
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, carryRowIds(value, source[key])])) as T
  }
  return data
}
