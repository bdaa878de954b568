const ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text or attribute value made safe for HTML: everything these pages print from a request passes here. */
export const esc = (value: string | number): string => String(value).replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c)

/** ` name="value"` pairs; `true` gives a bare boolean attribute, `false`/undefined nothing. */
export function attrs(values: Record<string, string | number | boolean | undefined>): string {
  return Object.entries(values)
    .filter(([, v]) => v !== undefined && v !== false)
    .map(([name, v]) => (v === true ? ` ${esc(name)}` : ` ${esc(name)}="${esc(v as string | number)}"`))
    .join('')
}

/** Doctype, language, charset, viewport, no favicon request, title; `head` adds stylesheets and scripts (never inline ones). */
export const documentStart = (lang: string, title: string, head: string[]): string => `<!doctype html>
<html lang="${esc(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>${esc(title)}</title>
${head.filter(Boolean).join('\n')}
</head>`
