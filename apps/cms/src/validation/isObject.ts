/** A JSON object (not an array, not null): what a request body or a nested part of it must be. */
export const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value)
