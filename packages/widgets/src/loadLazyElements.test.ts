import { afterEach, describe, expect, it, vi } from 'vitest'

import { loadLazyElements } from './loadLazyElements'

const urls: string[] = []

/** A real ES module the browser imports, standing in for a built chunk. */
function chunk(source: string): string {
  const url = URL.createObjectURL(new Blob([source], { type: 'text/javascript' }))
  urls.push(url)
  return url
}

const definingChunk = (tag: string): string =>
  chunk(`customElements.define('${tag}', class extends HTMLElement { connectedCallback() { this.textContent = 'ready' } })`)

afterEach(() => {
  urls.splice(0).forEach((url) => URL.revokeObjectURL(url))
  document.body.replaceChildren()
})

describe('loadLazyElements', () => {
  it('loads the chunk of an element already in the page', async () => {
    document.body.innerHTML = '<vie-lazy-present></vie-lazy-present>'
    loadLazyElements({ 'vie-lazy-present': definingChunk('vie-lazy-present') }, location.href)
    await customElements.whenDefined('vie-lazy-present')
    await expect.poll(() => document.querySelector('vie-lazy-present')?.textContent).toBe('ready')
  })

  it('loads the chunk when the element is inserted later, also nested in other markup', async () => {
    loadLazyElements({ 'vie-lazy-later': definingChunk('vie-lazy-later') }, location.href)
    expect(customElements.get('vie-lazy-later')).toBeUndefined()
    const block = document.createElement('section')
    block.innerHTML = '<div><vie-lazy-later></vie-lazy-later></div>'
    document.body.append(block)
    await customElements.whenDefined('vie-lazy-later')
    await expect.poll(() => block.querySelector('vie-lazy-later')?.textContent).toBe('ready')
  })

  it('loads nothing for tags that are not in the page, and leaves tags defined by others alone', async () => {
    customElements.define('vie-lazy-taken', class extends HTMLElement {})
    const marker = chunk(`globalThis.vieLazyProbe = (globalThis.vieLazyProbe ?? 0) + 1`)
    document.body.innerHTML = '<vie-lazy-taken></vie-lazy-taken>'
    loadLazyElements({ 'vie-lazy-taken': marker, 'vie-lazy-absent': marker }, location.href)
    await new Promise((resolve) => setTimeout(resolve, 100))
    expect((globalThis as { vieLazyProbe?: number }).vieLazyProbe).toBeUndefined()
  })

  it('reports a chunk that cannot be loaded and keeps the page working', async () => {
    const error = vi.spyOn(console, 'error').mockImplementation(() => undefined)
    document.body.innerHTML = '<vie-lazy-broken>fallback</vie-lazy-broken>'
    loadLazyElements({ 'vie-lazy-broken': chunk('this is not JavaScript(') }, location.href)
    await expect.poll(() => error.mock.calls.length).toBe(1)
    expect(String(error.mock.calls[0]?.[0])).toContain('<vie-lazy-broken>')
    expect(document.querySelector('vie-lazy-broken')?.textContent).toBe('fallback')
    error.mockRestore()
  })
})
