/**
 * Where the script itself was loaded from: the default API, since partner pages load the
 * bundle from the VIE server. A city that bundles the package into its own build sets `api`.
 */
export const scriptOrigin: string = new URL(import.meta.url).origin
