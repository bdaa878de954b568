/**
 * A teaser of at most `max` characters: whole sentences while they fit, otherwise cut at a word
 * boundary with an ellipsis. Cards show it; the full text stays on the detail record.
 */
export function shorten(text: string, max = 280): string {
  const clean = text.replace(/\s+/g, ' ').trim()
  if (clean.length <= max) return clean
  const sentences = clean.match(/[^.!?]+[.!?]+(?=\s|$)/g) ?? []
  let out = ''
  for (const sentence of sentences) {
    const next = `${out}${sentence}`.trim()
    if (next.length > max) break
    out = `${next} `
  }
  if (out.trim()) return out.trim()
  const cut = clean.slice(0, max - 1)
  const lastSpace = cut.lastIndexOf(' ')
  return `${(lastSpace > max / 2 ? cut.slice(0, lastSpace) : cut).replace(/[\s,;:–-]+$/, '')}…`
}
