/**
 * Payload's version view calls its main button "Restore this version" and says the record will be
 * reset; here every restore writes a draft (hooks/restoreAsDraft.ts), so the texts say that.
 */
export const restoreTexts = {
  de: {
    version: {
      restoreThisVersion: 'Als Entwurf wiederherstellen',
      aboutToRestore:
        'Der Stand vom {{versionDate}} wird als neuer Entwurf wiederhergestellt. Die veröffentlichte Fassung bleibt, bis Sie den Entwurf veröffentlichen.',
    },
  },
  en: {
    version: {
      restoreThisVersion: 'Restore as draft',
      aboutToRestore:
        'The state of {{versionDate}} is restored as a new draft. The published version stays until you publish the draft.',
    },
  },
}
