import type { Lang } from '@vie/types'

import { documentStart, esc } from '../embed/html'

const texts = {
  de: {
    confirmed: ['Vielen Dank, Ihr Vorschlag ist bestätigt', 'Die Redaktion des BBSR prüft ihn jetzt und schreibt Ihnen, wie sie entschieden hat.'],
    invalid: ['Dieser Link gilt nicht (mehr)', 'Er ist schon benutzt, älter als 7 Tage oder unvollständig. Unbestätigte Vorschläge werden nach 7 Tagen gelöscht; Sie können Ihren Vorschlag erneut einreichen.'],
    receipt: 'Vorgangsnummer',
  },
  en: {
    confirmed: ['Thank you, your proposal is confirmed', 'The BBSR editors now review it and will write to you with their decision.'],
    invalid: ['This link is not (or no longer) valid', 'It was used already, is older than 7 days or incomplete. Unconfirmed proposals are deleted after 7 days; you may submit your proposal again.'],
    receipt: 'Receipt',
  },
} as const

/** The small page the confirmation link opens. */
export function confirmationPage(lang: Lang, outcome: 'confirmed' | 'invalid', receipt?: string): string {
  const t = texts[lang]
  const [title, text] = t[outcome]
  return `${documentStart(lang, `${title} – VIE`, ['<link rel="stylesheet" href="/embed/assets/page.css">'])}
<body>
<main>
  <h1>${esc(title)}</h1>
  <p>${esc(text)}</p>
  ${receipt ? `<p>${esc(t.receipt)}: <strong>${esc(receipt)}</strong></p>` : ''}
</main>
</body>
</html>`
}
