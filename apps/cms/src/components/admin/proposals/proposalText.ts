/** Texts of the proposal review in both admin languages. */
const proposalText = {
  de: {
    title: 'Vorgeschlagene Änderungen',
    intro: 'Links der Stand des Eintrags jetzt, rechts der Vorschlag. Übernommen werden die angekreuzten Felder, mit Ihren Änderungen am Vorschlag.',
    field: 'Feld',
    current: 'Jetzt im Register',
    proposed: 'Vorschlag',
    take: 'übernehmen',
    conflict: 'Seit dem Vorschlag geändert: Übernehmen überschreibt diese Änderung.',
    same: 'Steht schon so im Register.',
    empty: '(leer)',
    loading: 'Wird geladen …',
    failed: 'Konnte nicht geladen werden',
    acceptDraft: 'Ausgewählte als Entwurf übernehmen',
    acceptPublish: 'Ausgewählte übernehmen und veröffentlichen',
    reason: 'Begründung an die einsendende Person (bei Ablehnung Pflicht)',
    reject: 'Vorschlag ablehnen',
    notOpen: 'Dieser Vorschlag ist nicht offen (unbestätigt oder schon entschieden).',
    done: (status: string) => `Entschieden: ${status}. Die einsendende Person wurde per E-Mail benachrichtigt.`,
    newEvent: 'Neue Veranstaltung: Übernehmen legt sie an. Fehlt der deutsche Titel, übernimmt „veröffentlichen“ den englischen und markiert die Veranstaltung mit „Deutsch fehlt“, bis jemand übersetzt.',
  },
  en: {
    title: 'Proposed changes',
    intro: 'Left the record as it stands now, right the proposal. The ticked fields are accepted, with your edits to the proposal.',
    field: 'Field',
    current: 'In the register now',
    proposed: 'Proposal',
    take: 'accept',
    conflict: 'Changed since the proposal: accepting overwrites that change.',
    same: 'The register already says so.',
    empty: '(empty)',
    loading: 'Loading …',
    failed: 'Could not be loaded',
    acceptDraft: 'Accept selected as a draft',
    acceptPublish: 'Accept selected and publish',
    reason: 'Reason for the submitter (required to reject)',
    reject: 'Reject proposal',
    notOpen: 'This proposal is not open (unconfirmed or decided already).',
    done: (status: string) => `Decided: ${status}. The submitter was told by e-mail.`,
    newEvent: 'A new event: accepting creates it. Without a German title, publishing takes the English one and marks the event "German missing" until someone translates it.',
  },
}

export type ProposalText = (typeof proposalText)['de']

export const proposalTextFor = (language: string): ProposalText => (language === 'en' ? proposalText.en : proposalText.de)
