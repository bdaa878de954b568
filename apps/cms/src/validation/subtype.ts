import { foundingSubtypes } from '@vie/types'

import type { Check } from './messages'

/** The study's sub-types belong to one founding initiative each; a mismatch is a typo. */
export function checkSubtypeMatchesInitiative(subtype: unknown, initiative: unknown): Check {
  if (subtype === null || subtype === undefined || initiative === null || initiative === undefined) return true
  const entry = foundingSubtypes.find((candidate) => candidate.value === subtype)
  if (!entry || entry.initiative === initiative) return true
  return {
    de: `Untertyp: „${entry.label.de}“ gehört zur ${entry.initiative === 'top-down' ? 'Top-down' : 'Bottom-up'}-Initiative, nicht zu „${String(initiative)}“.`,
    en: `Sub-type: "${entry.label.en}" belongs to the ${entry.initiative} initiative, not to "${String(initiative)}".`,
  }
}
