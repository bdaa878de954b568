/** The review actions' texts in both admin languages. */
export const reviewText = {
  de: {
    mark: 'Als geprüft markieren',
    markSelected: (count: number) => `${count} ausgewählte als geprüft markieren`,
    noneSelected: 'Zum Prüfen Einträge auswählen',
    done: (count: number) => (count === 1 ? 'Als geprüft markiert.' : `${count} Einträge als geprüft markiert.`),
    failed: 'Markieren fehlgeschlagen',
  },
  en: {
    mark: 'Mark as reviewed',
    markSelected: (count: number) => `Mark ${count} selected as reviewed`,
    noneSelected: 'Select entries to mark them as reviewed',
    done: (count: number) => (count === 1 ? 'Marked as reviewed.' : `${count} entries marked as reviewed.`),
    failed: 'Marking failed',
  },
}

export const textFor = (language: string) => (language === 'en' ? reviewText.en : reviewText.de)
