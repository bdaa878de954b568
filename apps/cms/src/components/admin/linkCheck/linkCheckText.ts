/** Link check texts in both admin languages, shared by the record sidebar and the dashboard. */
export const linkCheckText = {
  de: {
    title: 'Linkprüfung',
    never: 'Noch nicht geprüft.',
    checkedAt: 'Geprüft am',
    allOk: 'Alle Links erreichbar.',
    broken: (count: number) => (count === 1 ? '1 Link fehlerhaft:' : `${count} Links fehlerhaft:`),
    redirected: 'Weiterleitung nach',
    noAnswer: 'keine Antwort',
  },
  en: {
    title: 'Link check',
    never: 'Not checked yet.',
    checkedAt: 'Checked on',
    allOk: 'All links reachable.',
    broken: (count: number) => (count === 1 ? '1 broken link:' : `${count} broken links:`),
    redirected: 'Redirected to',
    noAnswer: 'no answer',
  },
}

export const linkCheckTextFor = (language: string) => (language === 'en' ? linkCheckText.en : linkCheckText.de)

/** A result's outcome in a few words: the status code, or why there was none. */
export const outcomeOf = (result: { status: number | null; error: string | null }, noAnswer: string): string =>
  result.status !== null ? `HTTP ${result.status}` : `${noAnswer} (${result.error ?? '?'})`
