import type { Lang } from '@vie/types'

/** The form's own interface texts; they stay in its chunk instead of the shared strings. */
const de = {
  titleChange: (name: string) => `Änderung vorschlagen: ${name}`,
  titleNewEvent: 'Veranstaltung melden',
  intro:
    'Ändern Sie nur, was nicht mehr stimmt. Die Redaktion des BBSR prüft jeden Vorschlag, bevor er im Register erscheint.',
  introNewEvent: 'Melden Sie eine Veranstaltung zur digitalen Stadtentwicklung in Europa. Die Redaktion des BBSR prüft sie, bevor sie erscheint.',
  yourChanges: 'Ihre Änderungen',
  aboutYou: 'Über Sie',
  name: 'Name',
  email: 'E-Mail-Adresse',
  emailHint: 'Sie erhalten einen Link, mit dem Sie den Vorschlag bestätigen.',
  organisation: 'Organisation',
  message: 'Nachricht an die Redaktion (Quelle, Begründung)',
  consent: 'Ich habe den Datenschutzhinweis gelesen und bin einverstanden, dass meine Angaben zur Bearbeitung des Vorschlags gespeichert werden.',
  privacy: 'Datenschutzhinweis',
  robots: 'Dieses Feld bitte leer lassen',
  noEntry: '– keine Angabe –',
  maxLength: (n: number) => `höchstens ${n} Zeichen`,
  submit: 'Vorschlag senden',
  working: 'Wird gesendet … (Ihr Browser löst dabei eine kleine Rechenaufgabe statt eines Captchas)',
  nothingChanged: 'Sie haben noch nichts geändert.',
  required: 'Bitte ausfüllen.',
  consentMissing: 'Bitte stimmen Sie dem Datenschutzhinweis zu.',
  fixFields: (n: number) => (n === 1 ? 'Bitte prüfen Sie ein Feld.' : `Bitte prüfen Sie ${n} Felder.`),
  tooMany: 'Zu viele Vorschläge in kurzer Zeit. Bitte versuchen Sie es später noch einmal.',
  failed: 'Der Vorschlag konnte nicht gesendet werden. Bitte versuchen Sie es noch einmal.',
  sentTitle: 'Fast geschafft: Bitte bestätigen Sie Ihren Vorschlag',
  sent: (email: string) =>
    `Wir haben eine E-Mail an ${email} geschickt. Erst wenn Sie den Link darin öffnen, erreicht der Vorschlag die Redaktion; unbestätigte Vorschläge werden nach 7 Tagen gelöscht.`,
  receipt: 'Vorgangsnummer',
  yes: 'Ja',
}

export type ContributionStrings = typeof de

const en: ContributionStrings = {
  titleChange: (name) => `Suggest a change: ${name}`,
  titleNewEvent: 'Submit an event',
  intro: 'Change only what is no longer right. BBSR editors review every proposal before it appears in the register.',
  introNewEvent: 'Submit an event on digital urban development in Europe. BBSR editors review it before it appears.',
  yourChanges: 'Your changes',
  aboutYou: 'About you',
  name: 'Name',
  email: 'E-mail address',
  emailHint: 'You will receive a link to confirm the proposal.',
  organisation: 'Organisation',
  message: 'Message to the editors (source, reason)',
  consent: 'I have read the privacy notice and agree that my details are stored to handle the proposal.',
  privacy: 'Privacy notice',
  robots: 'Please leave this field empty',
  noEntry: '– not given –',
  maxLength: (n) => `at most ${n} characters`,
  submit: 'Send proposal',
  working: 'Sending … (your browser solves a small computing task instead of a captcha)',
  nothingChanged: 'You have not changed anything yet.',
  required: 'Please fill in.',
  consentMissing: 'Please agree to the privacy notice.',
  fixFields: (n) => (n === 1 ? 'Please check one field.' : `Please check ${n} fields.`),
  tooMany: 'Too many proposals in a short time. Please try again later.',
  failed: 'The proposal could not be sent. Please try again.',
  sentTitle: 'Almost done: please confirm your proposal',
  sent: (email) =>
    `We have sent an e-mail to ${email}. The proposal reaches the editors only once you open the link in it; unconfirmed proposals are deleted after 7 days.`,
  receipt: 'Receipt number',
  yes: 'Yes',
}

export const contributionStrings = (lang: Lang): ContributionStrings => (lang === 'de' ? de : en)
