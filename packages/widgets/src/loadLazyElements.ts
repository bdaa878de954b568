/** Tag name → file of its chunk, relative to the main bundle (`chunks/vie-map.1a2b3c4d.js`). */
export type LazyChunks = Readonly<Record<string, string>>

/**
 * Loads the chunk of each lazily built element once an element of that tag is in the document,
 * now or inserted later (partner CMSs render blocks after the script ran). Elements that only a
 * few pages use (map, charts, partner finder) thus cost the other pages nothing. A tag some other
 * script already defined (the npm build on the same page) is left alone.
 */
export function loadLazyElements(chunks: LazyChunks, bundleUrl: string, root: Document = document): void {
  const pending = new Map(Object.entries(chunks).filter(([tag]) => !customElements.get(tag)))
  if (pending.size === 0) return

  const load = (tag: string, file: string): void => {
    pending.delete(tag)
    // A failed chunk leaves the element undefined, showing its fallback content: the page stays usable.
    import(/* @vite-ignore */ new URL(file, bundleUrl).href).catch((error: unknown) => {
      console.error(`VIE: could not load <${tag}>`, error)
    })
  }
  const scan = (node: ParentNode): void => {
    for (const [tag, file] of [...pending]) if (node.querySelector(tag)) load(tag, file)
  }
  const observer = new MutationObserver((records) => {
    for (const record of records)
      for (const node of record.addedNodes) {
        if (!(node instanceof Element)) continue
        const file = pending.get(node.localName)
        if (file !== undefined) load(node.localName, file)
        scan(node)
      }
    if (pending.size === 0) observer.disconnect()
  })

  scan(root)
  if (pending.size > 0) observer.observe(root.documentElement, { childList: true, subtree: true })
}
