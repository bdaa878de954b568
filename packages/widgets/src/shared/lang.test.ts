import { afterEach, describe, expect, it } from 'vitest'

import { localeFor, normalizeLang, resolveLang } from './lang'

describe('normalizeLang', () => {
  it('reduces region and case to the two API languages and refuses others', () => {
    expect(normalizeLang('de-AT')).toBe('de')
    expect(normalizeLang('EN_gb')).toBe('en')
    expect(normalizeLang('fr')).toBeNull()
    expect(normalizeLang('')).toBeNull()
    expect(normalizeLang(null)).toBeNull()
  })
})

describe('resolveLang', () => {
  const html = document.documentElement
  const original = html.getAttribute('lang')
  afterEach(() => {
    document.body.replaceChildren()
    if (original === null) html.removeAttribute('lang')
    else html.setAttribute('lang', original)
  })

  it('prefers the element’s own lang, then the nearest ancestor’s, then <html lang>', () => {
    html.setAttribute('lang', 'de')
    document.body.innerHTML = '<section lang="en-GB"><p><span id="inner"></span><span id="own" lang="de"></span></p></section><b id="top"></b>'
    expect(resolveLang(document.getElementById('inner')!)).toBe('en')
    expect(resolveLang(document.getElementById('own')!)).toBe('de')
    expect(resolveLang(document.getElementById('top')!)).toBe('de')
  })

  it('finds the language of the page through a shadow root', () => {
    document.body.innerHTML = '<div lang="en"><div id="host"></div></div>'
    const root = document.getElementById('host')!.attachShadow({ mode: 'open' })
    const inner = document.createElement('span')
    root.append(inner)
    expect(resolveLang(inner)).toBe('en')
  })

  it('falls back to German without any lang and to English on a page in a third language', () => {
    html.removeAttribute('lang')
    const el = document.createElement('span')
    document.body.append(el)
    expect(resolveLang(el)).toBe('de')
    html.setAttribute('lang', 'fr')
    expect(resolveLang(el)).toBe('en')
  })
})

describe('localeFor', () => {
  it('uses the reader’s regional variant of the widget’s language, else a European default', () => {
    expect(localeFor('en', ['de-CH', 'en-US'])).toBe('en-US')
    expect(localeFor('de', ['de-CH', 'en-US'])).toBe('de-CH')
    expect(localeFor('de', ['en-US'])).toBe('de-DE')
    expect(localeFor('en', ['en'])).toBe('en-GB')
  })
})
