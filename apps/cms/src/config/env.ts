/** The environment as settings readers take it, so tests can pass their own. */
export type Env = Readonly<Record<string, string | undefined>>

/** A positive number from the environment, or the fallback when unset, malformed or not above 0. */
export const positive = (value: string | undefined, fallback: number): number => {
  const n = Number(value)
  return Number.isFinite(n) && n > 0 ? n : fallback
}
