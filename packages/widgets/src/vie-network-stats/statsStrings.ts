import type { Lang } from '@vie/types'

const de = {
  byCategory: 'Netzwerke nach Kategorie',
  byInitiative: 'Netzwerke nach Gründungsinitiative und Untertyp',
  byFoundedYear: 'Gründungsjahre der Netzwerke',
  byMembers: 'Mitglieder je Netzwerk',
  showTable: 'Als Tabelle',
  value: 'Anzahl',
  year: 'Jahr',
  network: 'Netzwerk',
  members: 'Mitglieder',
  kind: 'Art',
  noData: 'Keine Angaben.',
  totalNetworks: (n: string) => `${n} Netzwerke im Register.`,
  most: (label: string, n: string) => `Am häufigsten: ${label} (${n}).`,
  span: (from: string, to: string, n: string) => `Gegründet zwischen ${from} und ${to} (${n} Netzwerke mit Gründungsjahr).`,
  peak: (year: string, n: string) => `Die meisten Gründungen ${year} (${n}).`,
  largest: (names: string) => `Die größten: ${names}.`,
  counted: (n: string) => `${n} Netzwerke nennen ihre Mitgliederzahl.`,
  chartsLabel: 'Zahlen zu den Netzwerken',
}

export type StatsStrings = typeof de

const en: StatsStrings = {
  byCategory: 'Networks by category',
  byInitiative: 'Networks by founding initiative and sub-type',
  byFoundedYear: 'Founding years of the networks',
  byMembers: 'Members per network',
  showTable: 'As a table',
  value: 'Count',
  year: 'Year',
  network: 'Network',
  members: 'Members',
  kind: 'Kind',
  noData: 'No figures.',
  totalNetworks: (n) => `${n} networks in the register.`,
  most: (label, n) => `Most frequent: ${label} (${n}).`,
  span: (from, to, n) => `Founded between ${from} and ${to} (${n} networks with a founding year).`,
  peak: (year, n) => `Most foundings in ${year} (${n}).`,
  largest: (names) => `The largest: ${names}.`,
  counted: (n) => `${n} networks state their number of members.`,
  chartsLabel: 'Figures on the networks',
}

export const statsStrings = (lang: Lang): StatsStrings => (lang === 'en' ? en : de)
