import type { TandemKind } from '@vie/types'

import type { Check } from './messages'

const EXPECTED: Record<TandemKind, number> = { tandem: 2, tridem: 3 }

type Ref = string | number | { id: string | number }
const idOf = (ref: Ref): string => String(typeof ref === 'object' ? ref.id : ref)

/**
 * Two (tandem) or three (tridem) different municipalities. A draft (`complete: false`) may have
 * fewer; duplicates and more than three are wrong in any state.
 */
export function checkTandemMunicipalities(refs: readonly Ref[] | null | undefined, kind: unknown, { complete = true } = {}): Check {
  const ids = (refs ?? []).map(idOf)
  if (new Set(ids).size !== ids.length) {
    return {
      de: 'Kommunen: Jede Kommune darf nur einmal vorkommen.',
      en: 'Municipalities: each municipality may appear only once.',
    }
  }
  if ((complete && ids.length < 2) || ids.length > 3) {
    return {
      de: `Kommunen: Ein Tandem hat 2, ein Tridem 3 verschiedene Kommunen (angegeben: ${ids.length}).`,
      en: `Municipalities: a tandem has 2 and a tridem 3 different municipalities (given: ${ids.length}).`,
    }
  }
  const expected = kind === 'tandem' || kind === 'tridem' ? EXPECTED[kind] : undefined
  if (expected !== undefined && (complete ? ids.length !== expected : ids.length > expected)) {
    return {
      de: `Kommunen: Ein ${kind === 'tandem' ? 'Tandem' : 'Tridem'} hat genau ${expected} Kommunen (angegeben: ${ids.length}).`,
      en: `Municipalities: a ${kind} has exactly ${expected} municipalities (given: ${ids.length}).`,
    }
  }
  return true
}
