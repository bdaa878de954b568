import type { Lang } from '@vie/types'

const de = {
  site: 'vernetzt in Europa (VIE)',
  tagline: 'Register des BBSR für europäische Netzwerke, Tandems und Veranstaltungen von Kommunen',
  titleChange: 'Änderung vorschlagen',
  titleNewEvent: 'Veranstaltung melden',
  noScript:
    'Dieses Formular braucht JavaScript: Ihr Browser löst damit eine kleine Rechenaufgabe, die uns ohne Captcha und ohne Dritte vor massenhaften Einsendungen schützt.',
  fallbackLink: 'Den Eintrag im Register ansehen',
  otherLang: 'English version',
  footer: 'Vorschläge erreichen die Redaktion des BBSR erst nach Ihrer Bestätigung per E-Mail. Es werden keine Cookies gesetzt.',
}

export type ContributeText = typeof de

const en: ContributeText = {
  site: 'vernetzt in Europa (VIE)',
  tagline: 'The BBSR register of European networks, tandems and events of municipalities',
  titleChange: 'Suggest a change',
  titleNewEvent: 'Submit an event',
  noScript:
    'This form needs JavaScript: your browser solves a small computing task with it, which protects us from mass submissions without a captcha and without third parties.',
  fallbackLink: 'See the entry in the register',
  otherLang: 'Deutsche Fassung',
  footer: 'Proposals reach the BBSR editors only after you confirm them by e-mail. No cookies are set.',
}

export const contributeText = (lang: Lang): ContributeText => (lang === 'de' ? de : en)
