/**
 * Where Payload's own words are ambiguous here: the header's content-language switcher and the
 * account's interface language were both "Sprache", and the events list had two "Status"
 * columns (Payload's publication state and the event's own status). Every restore writes a draft
 * (hooks/restoreAsDraft.ts), so the restore texts say that.
 */
export const adminTranslations = {
  de: {
    general: { locale: 'Inhaltssprache', language: 'Oberflächensprache' },
    version: {
      status: 'Veröffentlichung',
      restoreThisVersion: 'Als Entwurf wiederherstellen',
      aboutToRestore:
        'Der Stand vom {{versionDate}} wird als neuer Entwurf wiederhergestellt. Die veröffentlichte Fassung bleibt, bis Sie den Entwurf veröffentlichen.',
    },
  },
  en: {
    general: { locale: 'Content language', language: 'Interface language' },
    version: {
      status: 'Publication',
      restoreThisVersion: 'Restore as draft',
      aboutToRestore:
        'The state of {{versionDate}} is restored as a new draft. The published version stays until you publish the draft.',
    },
  },
}
