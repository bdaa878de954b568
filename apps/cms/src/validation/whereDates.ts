/** Where-query operators whose operand is compared as a date on a date field. */
const DATE_OPERATORS = new Set(['equals', 'not_equals', 'greater_than', 'greater_than_equal', 'less_than', 'less_than_equal', 'in', 'not_in'])

type WhereNode = Record<string, unknown>

const isDate = (value: unknown): boolean => {
  if (value === null || value === undefined || value === '') return true
  return (typeof value === 'string' || typeof value === 'number') && !Number.isNaN(new Date(value).getTime())
}

const operands = (value: unknown): unknown[] =>
  Array.isArray(value) ? value : typeof value === 'string' && value.includes(',') ? value.split(',') : [value]

/**
 * The date operands of a where query (REST `where[...]`, GraphQL `where:`) that are no date at
 * all: `createdAt > 275760-09-14` or `= abc`. Payload would hand the database `undefined` for
 * them and fail with a 500; they deserve a 400. `dateFields` are field names (last path segment).
 */
export function invalidWhereDates(where: unknown, dateFields: ReadonlySet<string>): string[] {
  if (!where || typeof where !== 'object') return []
  const found: string[] = []
  for (const [key, node] of Object.entries(where as WhereNode)) {
    if ((key === 'and' || key === 'or') && Array.isArray(node)) {
      for (const branch of node) found.push(...invalidWhereDates(branch, dateFields))
      continue
    }
    if (!dateFields.has(key.split('.').at(-1) ?? '') || !node || typeof node !== 'object') continue
    for (const [operator, value] of Object.entries(node as WhereNode)) {
      if (DATE_OPERATORS.has(operator) && !operands(value).every(isDate)) found.push(`${key} ${operator} ${JSON.stringify(value)}`)
    }
  }
  return found
}
