/** Change log texts in both admin languages. */
const changeLogText = {
  de: {
    title: 'Änderungsprotokoll',
    show: 'Wer hat was geändert?',
    loading: 'Wird geladen …',
    failed: 'Das Protokoll konnte nicht geladen werden',
    none: 'Noch keine gespeicherten Fassungen.',
    system: 'System (Import, Seed)',
    draft: 'Entwurf',
    published: 'veröffentlicht',
    autosave: 'automatisch gespeichert',
    first: 'ältester gespeicherter Stand',
    fromProposal: 'aus Vorschlag',
    nothing: 'keine Feldänderung',
    empty: '(leer)',
    locale: { de: 'DE', en: 'EN' },
  },
  en: {
    title: 'Change log',
    show: 'Who changed what?',
    loading: 'Loading …',
    failed: 'The change log could not be loaded',
    none: 'No saved versions yet.',
    system: 'System (import, seed)',
    draft: 'draft',
    published: 'published',
    autosave: 'autosaved',
    first: 'oldest saved state',
    fromProposal: 'from proposal',
    nothing: 'no field changed',
    empty: '(empty)',
    locale: { de: 'DE', en: 'EN' },
  },
}

export const changeLogTextFor = (language: string) => (language === 'en' ? changeLogText.en : changeLogText.de)
