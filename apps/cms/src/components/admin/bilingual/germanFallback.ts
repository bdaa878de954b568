/** The marker beside a German text shown where the English one is missing. */
export const GERMAN_MARKER = 'DE'

export const fallbackTitle = (german: string): string => `${german} (${GERMAN_MARKER})`

export const FALLBACK_HINT = {
  de: 'Keine englische Fassung – angezeigt wird der deutsche Text',
  en: 'No English version – the German text is shown',
}
