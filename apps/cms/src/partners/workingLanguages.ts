/**
 * ISO 639-1 codes a European municipality may work in: the EU's official languages plus those of
 * the other European countries. The partner finder compares these codes, so the list is closed.
 */
export const WORKING_LANGUAGES = [
  'bg', 'bs', 'ca', 'cs', 'cy', 'da', 'de', 'el', 'en', 'es', 'et', 'eu', 'fi', 'fr', 'ga', 'gl', 'hr', 'hu',
  'is', 'it', 'lb', 'lt', 'lv', 'mk', 'mt', 'nl', 'no', 'pl', 'pt', 'rm', 'ro', 'ru', 'sk', 'sl', 'sq', 'sr',
  'sv', 'tr', 'uk',
] as const

export type WorkingLanguage = (typeof WORKING_LANGUAGES)[number]

export const isWorkingLanguage = (value: string): value is WorkingLanguage => (WORKING_LANGUAGES as readonly string[]).includes(value)

const names = { de: new Intl.DisplayNames(['de'], { type: 'language' }), en: new Intl.DisplayNames(['en'], { type: 'language' }) }

/** The language's name in German or English, e.g. `en` → "Englisch" / "English". */
export const languageName = (code: string, lang: 'de' | 'en'): string => names[lang].of(code) ?? code
