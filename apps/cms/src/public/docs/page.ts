import type { Lang } from '@vie/types'

import { problemTitles, type ProblemType } from '../i18n/messages'
import { LICENCE } from '../opendata/licence'
import type { ParamSpec } from '../query/params'
import type { Snapshot } from '../readModel/snapshot'
import type { RouteDef } from '../routes/routeDef'
import { API_PREFIX } from '../routes/scope'

const escape = (text: string): string =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/** Inline code spans for `backticks` in the descriptions; everything else escaped. */
const prose = (text: string): string => escape(text).replace(/`([^`]+)`/g, '<code>$1</code>')

const T = {
  title: { de: 'VIE – öffentliche API', en: 'VIE – public API' },
  intro: {
    de: 'Lesender Zugriff auf die veröffentlichten Einträge des Registers „vernetzt in Europa“ des BBSR. Alle Antworten sind öffentlich zwischenspeicherbar, von jeder Herkunft abrufbar (CORS) und nennen Fehler als RFC 9457 problem+json.',
    en: 'Read access to the published records of the BBSR register "connected in Europe". All answers may be cached publicly, can be fetched from any origin (CORS) and report errors as RFC 9457 problem+json.',
  },
  language: { de: 'Sprache', en: 'Language' },
  machine: { de: 'Maschinenlesbar', en: 'Machine-readable' },
  routes: { de: 'Endpunkte', en: 'Endpoints' },
  parameters: { de: 'Parameter', en: 'Parameters' },
  name: { de: 'Name', en: 'Name' },
  values: { de: 'Werte', en: 'Values' },
  byDefault: { de: 'Standard', en: 'Default' },
  meaning: { de: 'Bedeutung', en: 'Meaning' },
  answers: { de: 'Antwortet mit', en: 'Answers with' },
  example: { de: 'Beispiel', en: 'Example' },
  problems: { de: 'Fehlerarten', en: 'Problem types' },
  licence: { de: 'Lizenz', en: 'Licence' },
  licenceText: {
    de: 'Die Daten stehen unter der Lizenz „{name}“. Namensnennung: {attribution}.',
    en: 'The data is licensed under "{name}". Attribution: {attribution}.',
  },
  anyText: { de: 'Text', en: 'text' },
  date: { de: 'Datum oder Zeitpunkt (ISO 8601)', en: 'date or date-time (ISO 8601)' },
  repeatable: { de: 'wiederholbar', en: 'repeatable' },
  pathSlug: { de: 'im Pfad', en: 'in the path' },
} satisfies Record<string, Record<Lang, string>>

const PROBLEM_TEXT: Record<ProblemType, Record<Lang, string>> = {
  'invalid-parameter': {
    de: '400: Ein Parameter ist unbekannt, doppelt oder hat einen unzulässigen Wert. `invalidParams` nennt jeden, mit Grund und erlaubten Werten.',
    en: '400: a parameter is unknown, repeated or has a value that is not allowed. `invalidParams` lists each, with the reason and the allowed values.',
  },
  'not-found': { de: '404: Pfad oder Eintrag gibt es nicht (oder er ist nicht veröffentlicht).', en: '404: no such path or record (or it is not published).' },
  'method-not-allowed': { de: '405: Nur GET, HEAD und OPTIONS.', en: '405: only GET, HEAD and OPTIONS.' },
  'too-many-requests': { de: '429: Zu viele Anfragen; Retry-After nennt die Wartezeit in Sekunden.', en: '429: too many requests; Retry-After gives the wait in seconds.' },
  unavailable: { de: '503: Die Daten werden nach einem Neustart noch geladen.', en: '503: the data is still loading after a restart.' },
  'internal-error': { de: '500: Ein Fehler auf unserer Seite; er wird protokolliert.', en: '500: an error on our side; it is logged.' },
}

function values(spec: ParamSpec, lang: Lang): string {
  switch (spec.kind) {
    case 'enum': {
      const list = spec.values.length > 12 ? [...spec.values.slice(0, 12), '…'] : spec.values
      return `${list.map((v) => `<code>${escape(v)}</code>`).join(' ')}${spec.repeatable ? ` (${T.repeatable[lang]})` : ''}`
    }
    case 'int':
    case 'number':
      return `${spec.min}–${spec.max}`
    case 'date':
      return T.date[lang]
    case 'text':
      return `${T.anyText[lang]}, ≤ ${spec.maxLength}`
  }
}

function exampleSlug(route: RouteDef, snapshot: Snapshot): string | null {
  if (route.path.startsWith('/networks/')) return snapshot.networks[0]?.slug ?? null
  if (route.path.startsWith('/tandems/')) return snapshot.tandems[0]?.slug ?? null
  if (route.path.startsWith('/municipalities/')) return snapshot.municipalityBySlug.keys().next().value ?? null
  if (route.path.startsWith('/events/')) return snapshot.events.find((e) => e.span)?.slug ?? null
  return null
}

function routeSection(route: RouteDef, snapshot: Snapshot, lang: Lang): string {
  const params = Object.entries(route.params(snapshot))
  const slug = exampleSlug(route, snapshot)
  const example = route.slug ? (slug ? route.path.replace('{slug}', encodeURIComponent(slug)) : null) : route.path
  const rows = [
    ...(route.slug ? [`<tr><td><code>slug</code></td><td>${T.pathSlug[lang]}</td><td></td><td>${escape(route.slug[lang])}</td></tr>`] : []),
    ...params.map(
      ([name, spec]) =>
        `<tr><td><code>${escape(name)}</code></td><td>${values(spec, lang)}</td><td>${'default' in spec && spec.default !== undefined ? `<code>${escape(String(spec.default))}</code>` : ''}</td><td>${prose(spec.description[lang])}</td></tr>`,
    ),
  ]
  return `<section id="${escape(route.operationId)}">
<h3><span class="verb">GET</span> <code>${escape(API_PREFIX + route.path)}</code></h3>
<p>${prose(route.summary[lang])}</p>
${route.description ? `<p>${prose(route.description[lang])}</p>` : ''}
${rows.length ? `<table><thead><tr><th>${T.name[lang]}</th><th>${T.values[lang]}</th><th>${T.byDefault[lang]}</th><th>${T.meaning[lang]}</th></tr></thead><tbody>${rows.join('')}</tbody></table>` : ''}
<p>${T.answers[lang]}: ${route.ok.map((r) => `<code>${escape(r.type)}</code>`).join(', ')}${example ? ` · ${T.example[lang]}: <a href="${escape(API_PREFIX + example)}">${escape(API_PREFIX + example)}</a>` : ''}</p>
</section>`
}

/** The reference page: rendered on the server from the route definitions, no script, no asset from another host. */
export function docsPage(routes: RouteDef[], snapshot: Snapshot, lang: Lang): string {
  const other: Lang = lang === 'de' ? 'en' : 'de'
  const problems = (Object.keys(problemTitles) as ProblemType[])
    .map((type) => `<dt id="problem-${type}">${escape(problemTitles[type][lang])} <code>${type}</code></dt><dd>${prose(PROBLEM_TEXT[type][lang])}</dd>`)
    .join('\n')
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${T.title[lang]}</title>
<style>
body{font:16px/1.5 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0 auto;max-width:70rem;padding:1rem 1.5rem;color:#1a1a1a;background:#fff}
h1{font-size:1.8rem}h2{margin-top:2.5rem;border-bottom:2px solid #004b87}h3{font-size:1.1rem;margin-top:2rem}
code{font:0.9em ui-monospace,SFMono-Regular,Menlo,monospace;background:#f2f4f7;padding:0 .2em;border-radius:3px}
table{border-collapse:collapse;width:100%;font-size:.92rem}th,td{border:1px solid #d0d5dd;padding:.35rem .5rem;text-align:left;vertical-align:top}
th{background:#f2f4f7}.verb{background:#004b87;color:#fff;padding:0 .4em;border-radius:3px;font-size:.8em}
a{color:#004b87}dt{font-weight:600;margin-top:.8rem}nav ul{columns:2}
</style>
</head>
<body>
<header>
<h1>${T.title[lang]}</h1>
<p>${prose(T.intro[lang])}</p>
<p>${T.language[lang]}: <a href="?lang=${other}" hreflang="${other}">${other === 'de' ? 'Deutsch' : 'English'}</a> · ${T.machine[lang]}: <a href="${API_PREFIX}/openapi.json?lang=${lang}">OpenAPI 3.1</a>, <a href="${API_PREFIX}/catalog.jsonld">DCAT-AP.de</a></p>
</header>
<nav><h2>${T.routes[lang]}</h2><ul>${routes.map((r) => `<li><a href="#${escape(r.operationId)}"><code>${escape(r.path)}</code></a></li>`).join('')}</ul></nav>
<main>
${routes.map((r) => routeSection(r, snapshot, lang)).join('\n')}
<h2 id="problems">${T.problems[lang]}</h2>
<dl>
${problems}
</dl>
<h2 id="licence">${T.licence[lang]}</h2>
<p>${escape(T.licenceText[lang].replace('{name}', LICENCE.name).replace('{attribution}', LICENCE.attribution))} <a href="${escape(LICENCE.url)}">${escape(LICENCE.url)}</a></p>
</main>
</body>
</html>
`
}
