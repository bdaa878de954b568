import type { Label } from '@vie/types'

import type { Check } from './messages'

const isPresent = (value: unknown): boolean =>
  typeof value === 'string' ? value.trim() !== '' : value !== null && value !== undefined

/**
 * German is the default locale and the fallback for English, so a published text must exist in
 * German; the English one may be missing. `writing` is the locale of the save: someone writing
 * English is told where the missing text has to go.
 */
export function checkRequiredInGerman(germanValue: unknown, field: Label, writing: string | undefined): Check {
  if (isPresent(germanValue)) return true
  if (writing === undefined || writing === 'de') {
    return { de: `${field.de}: Pflichtfeld (auf Deutsch).`, en: `${field.en}: required (in German).` }
  }
  return {
    de: `${field.de}: Pflichtfeld (auf Deutsch) – der deutsche Text fehlt. Bitte die Inhaltssprache auf Deutsch umstellen und ihn eintragen.`,
    en: `${field.en}: required (in German) – the German text is missing. Switch the content language to German and enter it there.`,
  }
}
