/**
 * Where Payload's own words are ambiguous here: the header's content-language switcher and the
 * account's interface language were both "Sprache", and the events list had two "Status"
 * columns (Payload's publication state and the event's own status).
 */
export const adminTranslations = {
  de: {
    general: { locale: 'Inhaltssprache', language: 'Oberflächensprache' },
    version: { status: 'Veröffentlichung' },
  },
  en: {
    general: { locale: 'Content language', language: 'Interface language' },
    version: { status: 'Publication' },
  },
}
