export type EmbedLang = 'de' | 'en'

export const embedLang = (value: unknown): EmbedLang => (value === 'en' ? 'en' : 'de')

const de = {
  title: 'Stadt Musterstadt – Europa und Partnerschaften',
  city: 'Stadt Musterstadt',
  tagline: 'Internationale Zusammenarbeit',
  nav: ['Rathaus', 'Leben in Musterstadt', 'Europa', 'Kontakt'],
  intro:
    'Diese Seite zeigt, wie eine Kommune die Elemente von „vernetzt in Europa“ (VIE) einbindet: jedes Element auf Deutsch und auf Englisch, hell und dunkel – unter einem absichtlich feindseligen Stylesheet und einer strengen Content-Security-Policy ohne Inline-Skripte.',
  hostileOn: 'Feindseliges Stylesheet ist aktiv.',
  hostileOff: 'Ohne feindseliges Stylesheet ansehen',
  hostileBack: 'Mit feindseligem Stylesheet ansehen',
  otherLang: 'English version',
  networkCard: 'Netzwerkkarte',
  networkList: 'Netzwerkverzeichnis',
  eventList: 'Veranstaltungen',
  tandemCard: 'Tandem',
  partnerFinder: 'Partnersuche',
  partnerFinderIntro: 'Wer sind Sie? Kommune des Registers oder beliebigen europäischen Ort wählen, Themen ankreuzen, Vorschläge mit Begründung erhalten.',
  map: 'Karte der Kommunen',
  networkStats: 'Zahlen zu den Netzwerken',
  frame: 'Als iframe (für Redaktionssysteme ohne Skripte)',
  frameIntro:
    'Wo keine Skripte erlaubt sind, zeigt ein iframe dasselbe Element. Mit dem kleinen Skript frame-host.js im Seitenlayout passt sich die Höhe automatisch an.',
  frameTitle: 'Netzwerkkarte Eurocities',
  fallbackLink: 'Eintrag im Register ansehen',
  builder: 'Snippet-Baukasten',
  builderIntro: 'Element und Attribute wählen, „Snippet erzeugen“ drücken, Code kopieren.',
  element: 'Element',
  attributes: 'Attribute (leer lassen für den Standard)',
  build: 'Snippet erzeugen',
  scriptSnippet: 'Einmal pro Seite: das Skript (mit Integritätsprüfung)',
  scriptStable: 'Oder immer die neueste Fassung (ohne Integritätsprüfung):',
  elementSnippet: 'An die gewünschte Stelle: das Element',
  iframeSnippet: 'Ohne Skripte: als iframe',
  preview: 'Vorschau',
  sri: 'SRI-Hash der aktuellen Fassung',
  docs: 'Alle Attribute, CSS-Eigenschaften, Parts und Ereignisse beschreibt die README des Pakets @vie/widgets.',
  footer: 'Demoseite von VIE – vernetzt in Europa (BBSR). Musterstadt ist erfunden.',
}

export type EmbedText = typeof de

const en: EmbedText = {
  title: 'City of Musterstadt – Europe and partnerships',
  city: 'City of Musterstadt',
  tagline: 'International cooperation',
  nav: ['Town hall', 'Living in Musterstadt', 'Europe', 'Contact'],
  intro:
    'This page shows how a municipality embeds the elements of “vernetzt in Europa” (VIE): every element in German and in English, light and dark – under a deliberately hostile stylesheet and a strict Content Security Policy without inline scripts.',
  hostileOn: 'The hostile stylesheet is active.',
  hostileOff: 'View without the hostile stylesheet',
  hostileBack: 'View with the hostile stylesheet',
  otherLang: 'Deutsche Fassung',
  networkCard: 'Network card',
  networkList: 'Network directory',
  eventList: 'Events',
  tandemCard: 'Tandem',
  partnerFinder: 'Partner finder',
  partnerFinderIntro: 'Who are you? Choose a municipality of the register or any European place, tick topics, get suggestions with reasons.',
  map: 'Map of the municipalities',
  networkStats: 'Figures on the networks',
  frame: 'As an iframe (for content systems without scripts)',
  frameIntro:
    'Where scripts are not allowed, an iframe shows the same element. With the small script frame-host.js in the page layout its height adapts automatically.',
  frameTitle: 'Network card Eurocities',
  fallbackLink: 'View the entry in the register',
  builder: 'Snippet builder',
  builderIntro: 'Choose an element and its attributes, press “Build snippet”, copy the code.',
  element: 'Element',
  attributes: 'Attributes (leave empty for the default)',
  build: 'Build snippet',
  scriptSnippet: 'Once per page: the script (with integrity check)',
  scriptStable: 'Or always the newest version (without integrity check):',
  elementSnippet: 'Where it should appear: the element',
  iframeSnippet: 'Without scripts: as an iframe',
  preview: 'Preview',
  sri: 'SRI hash of the current version',
  docs: 'The README of the package @vie/widgets describes every attribute, CSS property, part and event.',
  footer: 'Demo page of VIE – vernetzt in Europa (BBSR). Musterstadt is made up.',
}

export const embedText = (lang: EmbedLang): EmbedText => (lang === 'en' ? en : de)
