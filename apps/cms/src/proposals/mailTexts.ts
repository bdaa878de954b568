import type { Lang } from '@vie/types'

type Outcome = 'accepted' | 'partly-accepted' | 'rejected'

/** The mails a submitter receives, in the language of the submission. */
export const mailTexts = {
  de: {
    confirmSubject: (receipt: string) => `Bitte bestätigen Sie Ihren Vorschlag ${receipt} (vernetzt in Europa)`,
    confirmBody: (name: string, receipt: string, link: string) =>
      `Guten Tag ${name},\n\nSie haben im Register „vernetzt in Europa“ des BBSR einen Vorschlag eingereicht (Vorgangsnummer ${receipt}).\n\nBitte bestätigen Sie ihn innerhalb von 7 Tagen mit diesem Link, erst dann sieht ihn die Redaktion:\n${link}\n\nWaren Sie das nicht, ignorieren Sie diese E-Mail; der Vorschlag und Ihre Angaben werden nach 7 Tagen gelöscht.\n`,
    outcomeSubject: (receipt: string) => `Ihr Vorschlag ${receipt} wurde bearbeitet (vernetzt in Europa)`,
    outcomeBody: (name: string, receipt: string, outcome: Outcome, reason: string) =>
      `Guten Tag ${name},\n\nIhr Vorschlag ${receipt} wurde ${outcome === 'accepted' ? 'übernommen' : outcome === 'partly-accepted' ? 'teilweise übernommen' : 'nicht übernommen'}.${reason ? `\n\nHinweis der Redaktion: ${reason}` : ''}\n\nVielen Dank für Ihre Mithilfe. Ihr Name und Ihre E-Mail-Adresse werden 90 Tage nach dieser Entscheidung gelöscht.\n`,
  },
  en: {
    confirmSubject: (receipt: string) => `Please confirm your proposal ${receipt} (vernetzt in Europa)`,
    confirmBody: (name: string, receipt: string, link: string) =>
      `Hello ${name},\n\nYou sent a proposal to the BBSR register "vernetzt in Europa" (receipt ${receipt}).\n\nPlease confirm it within 7 days with this link; only then do the editors see it:\n${link}\n\nIf this was not you, ignore this e-mail; the proposal and your details are deleted after 7 days.\n`,
    outcomeSubject: (receipt: string) => `Your proposal ${receipt} has been reviewed (vernetzt in Europa)`,
    outcomeBody: (name: string, receipt: string, outcome: Outcome, reason: string) =>
      `Hello ${name},\n\nYour proposal ${receipt} was ${outcome === 'accepted' ? 'accepted' : outcome === 'partly-accepted' ? 'partly accepted' : 'not accepted'}.${reason ? `\n\nNote from the editors: ${reason}` : ''}\n\nThank you for your help. Your name and e-mail address are deleted 90 days after this decision.\n`,
  },
} satisfies Record<Lang, unknown>

/** What is stored about a submitter, why and for how long (shown with every form). */
export const privacyNotice: Record<Lang, string> = {
  de: 'Das BBSR speichert Ihren Namen, Ihre E-Mail-Adresse, Ihre Organisation und Ihre Nachricht, um Ihren Vorschlag zu prüfen und Ihnen das Ergebnis mitzuteilen (Art. 6 Abs. 1 lit. a DSGVO). Nur die Redaktion sieht diese Angaben; die öffentliche Schnittstelle zeigt sie nie. Unbestätigte Vorschläge werden nach 7 Tagen gelöscht, Name und E-Mail-Adresse 90 Tage nach der Entscheidung. Sie können Ihre Einwilligung jederzeit per E-Mail an die Redaktion widerrufen.',
  en: 'The BBSR stores your name, e-mail address, organisation and message to review your proposal and tell you the outcome (Art. 6(1)(a) GDPR). Only the editors see these details; the public API never shows them. Unconfirmed proposals are deleted after 7 days, your name and e-mail address 90 days after the decision. You may withdraw your consent at any time by e-mail to the editors.',
}
