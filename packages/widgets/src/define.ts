/**
 * Registers a custom element unless that name is taken: partner pages sometimes include the
 * script twice (two CMS blocks, a tag manager), and a second `define` would throw.
 */
export function defineElement(name: string, element: CustomElementConstructor): void {
  if (!customElements.get(name)) customElements.define(name, element)
}
