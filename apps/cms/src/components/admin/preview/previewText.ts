/** The widget preview's texts in both admin languages. */
export const previewText = {
  de: {
    open: 'Vorschau als Widget',
    title: 'So zeigt eine Partnerseite diesen Datensatz',
    note: 'Mit dem aktuellen Formularinhalt, auch ungespeichert. Nichts wird gespeichert oder veröffentlicht.',
    language: 'Sprache der Vorschau',
    loading: 'Vorschau wird erstellt …',
    failed: 'Vorschau nicht möglich',
    close: 'Schließen',
  },
  en: {
    open: 'Preview as widget',
    title: 'How a partner site shows this record',
    note: 'With what the form holds now, saved or not. Nothing is saved or published.',
    language: 'Preview language',
    loading: 'Preparing the preview …',
    failed: 'Preview not possible',
    close: 'Close',
  },
}

export const previewTextFor = (language: string) => (language === 'en' ? previewText.en : previewText.de)
