import type { CatalogElement } from './elementCatalog'
import { attributesFromQuery } from './elementCatalog'
import { documentStart, esc } from './html'
import { elementTag, frameUrl, iframeTag, scriptTag } from './snippets'
import type { EmbedLang, EmbedText } from './embedText'
import type { WidgetBundle } from './widgetBundle'

export type DemoOptions = {
  lang: EmbedLang
  t: EmbedText
  origin: string
  bundle: WidgetBundle
  catalog: CatalogElement[]
  hostile: boolean
  /** The snippet builder's query: `element` plus attribute values. */
  query: Record<string, unknown>
}

const FIELD = 'attr-'

const other = (lang: EmbedLang): EmbedLang => (lang === 'de' ? 'en' : 'de')

/** One element in both languages side by side, the second in the dark theme. */
function pair(tag: string, attributes: Record<string, string | true>, t: EmbedText, fallbackHref: string): string {
  const fallback = `<a href="${esc(fallbackHref)}">${esc(t.fallbackLink)}</a>`
  return `<div class="pair">
    ${elementTag(tag, { ...attributes, lang: 'de', 'heading-level': '3' }, fallback)}
    ${elementTag(tag, { ...attributes, lang: 'en', theme: 'dark', 'heading-level': '3' }, fallback)}
  </div>`
}

function builder({ t, origin, bundle, catalog, query, lang }: DemoOptions): string {
  const chosen = catalog.find((e) => e.tag === query.element) ?? catalog.find((e) => e.tag === 'vie-network-card') ?? catalog[0]
  if (!chosen) return ''
  // Attribute fields carry a prefix, so that `lang` of the element and `lang` of this page stay apart.
  const values = Object.fromEntries(Object.entries(query).flatMap(([k, v]) => (k.startsWith(FIELD) ? [[k.slice(FIELD.length), v]] : [])))
  // Until the form is sent, an example that shows something.
  const attributes = attributesFromQuery(chosen, query.element ? values : { slug: 'eurocities' })
  const fields = [...new Set(catalog.flatMap((e) => e.attributes.map((a) => a.name)))].filter((name) => name !== 'api')
  const code = (snippet: string) => `<pre><code>${esc(snippet)}</code></pre>`
  return `<section id="builder" aria-labelledby="builder-title">
    <h2 id="builder-title">${esc(t.builder)}</h2>
    <p>${esc(t.builderIntro)}</p>
    <form method="get" action="/embed#builder" class="builder">
      <input type="hidden" name="lang" value="${esc(lang)}">
      <label>${esc(t.element)}
        <select name="element">${catalog
          .map((e) => `<option value="${esc(e.tag)}"${e === chosen ? ' selected' : ''}>&lt;${esc(e.tag)}&gt;</option>`)
          .join('')}</select>
      </label>
      <fieldset><legend>${esc(t.attributes)}</legend>
        ${fields
          .map((name) => {
            const value = typeof values[name] === 'string' ? (values[name] as string) : ''
            const help = catalog.flatMap((e) => e.attributes).find((a) => a.name === name)?.description ?? ''
            return `<label><code>${esc(name)}</code> <input name="${esc(FIELD + name)}" value="${esc(value)}" title="${esc(help)}"></label>`
          })
          .join('\n')}
      </fieldset>
      <button type="submit">${esc(t.build)}</button>
    </form>
    <h3>${esc(t.scriptSnippet)}</h3>
    ${code(scriptTag(origin, bundle))}
    <p>${esc(t.scriptStable)}</p>
    ${code(scriptTag(origin, bundle, false))}
    <h3>${esc(t.elementSnippet)}</h3>
    ${code(elementTag(chosen.tag, attributes))}
    <h3>${esc(t.iframeSnippet)}</h3>
    ${code(`${iframeTag(frameUrl(origin, chosen.tag, attributes), chosen.tag)}\n<script type="module" src="${origin}/embed/assets/frame-host.js"></script>`)}
    <h3>${esc(t.preview)}</h3>
    <div class="preview">${elementTag(chosen.tag, attributes)}</div>
    <p><strong>${esc(t.sri)}:</strong> <code class="sri">${esc(bundle.integrity)}</code></p>
    <p>${esc(t.docs)}</p>
  </section>`
}

/**
 * The demo: a made-up municipal website embedding every element in German and English, the
 * iframe variant, and the snippet builder. Plain HTML with external styles and scripts only.
 */
export function demoPage(options: DemoOptions): string {
  const { lang, t, origin, bundle, hostile } = options
  const self = (params: Record<string, string>) => `/embed?${new URLSearchParams({ lang, ...(hostile ? {} : { hostile: '0' }), ...params })}`
  const record = `${origin}/public/v1`
  const head = [
    '<link rel="stylesheet" href="/embed/assets/demo.css">',
    hostile ? '<link rel="stylesheet" href="/embed/assets/hostile.css">' : '',
    scriptTag('', bundle),
    '<script type="module" src="/embed/assets/frame-host.js"></script>',
  ]
  return `${documentStart(lang, t.title, head)}
<body>
<header class="site-header">
  <div class="brand"><span class="crest" aria-hidden="true">M</span><div><strong>${esc(t.city)}</strong><br><span>${esc(t.tagline)}</span></div></div>
  <nav aria-label="${esc(t.city)}"><ul>${t.nav.map((item, i) => `<li><a href="#"${i === 2 ? ' aria-current="page"' : ''}>${esc(item)}</a></li>`).join('')}</ul></nav>
</header>
<main>
  <h1>${esc(t.title)}</h1>
  <p>${esc(t.intro)}</p>
  <p class="switches">
    ${hostile ? `<span>${esc(t.hostileOn)}</span> <a href="${esc(`/embed?${new URLSearchParams({ lang, hostile: '0' })}`)}">${esc(t.hostileOff)}</a>` : `<a href="${esc(`/embed?${new URLSearchParams({ lang })}`)}">${esc(t.hostileBack)}</a>`}
    · <a href="${esc(self({ lang: other(lang) }))}" lang="${other(lang)}">${esc(t.otherLang)}</a>
  </p>
  <section aria-labelledby="card-title"><h2 id="card-title">${esc(t.networkCard)}</h2>
    ${pair('vie-network-card', { slug: 'eurocities' }, t, `${record}/networks/eurocities`)}
  </section>
  <section aria-labelledby="tandem-title"><h2 id="tandem-title">${esc(t.tandemCard)}</h2>
    ${pair('vie-tandem-card', { slug: 'hamm-arezzo' }, t, `${record}/tandems/hamm-arezzo`)}
  </section>
  <section aria-labelledby="events-title"><h2 id="events-title">${esc(t.eventList)}</h2>
    ${pair('vie-event-list', { when: 'past', limit: '4' }, t, `${record}/events?when=past`)}
  </section>
  <section aria-labelledby="list-title"><h2 id="list-title">${esc(t.networkList)}</h2>
    ${pair('vie-network-list', { controls: true, limit: '4', scope: 'european' }, t, `${record}/networks`)}
  </section>
  <section aria-labelledby="finder-title"><h2 id="finder-title">${esc(t.partnerFinder)}</h2>
    <p>${esc(t.partnerFinderIntro)}</p>
    ${pair('vie-partner-finder', { limit: '3' }, t, `${record}/partners?municipality=arezzo`)}
  </section>
  <section aria-labelledby="map-title"><h2 id="map-title">${esc(t.map)}</h2>
    ${pair('vie-map', { kind: 'member' }, t, `${record}/municipalities.geojson`)}
  </section>
  <section aria-labelledby="stats-title"><h2 id="stats-title">${esc(t.networkStats)}</h2>
    ${pair('vie-network-stats', { charts: 'category initiative founded members' }, t, `${record}/stats`)}
  </section>
  <section aria-labelledby="frame-title"><h2 id="frame-title">${esc(t.frame)}</h2>
    <p>${esc(t.frameIntro)}</p>
    ${iframeTag(frameUrl('', 'vie-network-card', { slug: 'eurocities', lang }), t.frameTitle)}
  </section>
  ${builder(options)}
</main>
<footer class="site-footer"><p>${esc(t.footer)}</p></footer>
</body>
</html>`
}
