import { vi } from 'vitest'

/**
 * `vi.waitFor` with a timeout a loaded CI machine can meet: Vitest's default is 1 s, and these
 * browser tests share two cores with the cms servers. A condition that holds returns at once.
 */
export const settled = <T>(check: () => T | Promise<T>): Promise<T> => vi.waitFor(check, { timeout: 15_000 })
