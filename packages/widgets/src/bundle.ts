import { loadLazyElements } from './loadLazyElements'

export * from './index'

declare const __VIE_LAZY_CHUNKS__: Record<string, string>

/** The single file partner pages load: the four cards and lists, plus a loader for the rest. */
loadLazyElements(__VIE_LAZY_CHUNKS__, import.meta.url)
