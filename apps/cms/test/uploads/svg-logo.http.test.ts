import { describe, expect, it } from 'vitest'

import { rest, uploadImage } from '../helpers/records'
import { useRecordServer } from '../helpers/recordServer'

const HOSTILE_SVG = `<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" viewBox="0 0 100 40" onload="alert('load')">
  <script>alert('script')</script>
  <style>@import url(https://tracker.example/a.css); .mark { fill: url(#brand); } .bg { background: url(https://tracker.example/bg.png); }</style>
  <defs><linearGradient id="brand"><stop offset="0" stop-color="#004b87"/></linearGradient></defs>
  <rect class="mark" width="100" height="40" onclick="alert('click')" style="fill: url('https://tracker.example/pixel')"/>
  <image href="https://tracker.example/logo.png" xlink:href="http://tracker.example/logo.png" width="10" height="10"/>
  <a href="javascript:alert('link')"><text x="5" y="30">VIE</text></a>
  <foreignObject width="10" height="10"><iframe xmlns="http://www.w3.org/1999/xhtml" src="https://tracker.example/"></iframe></foreignObject>
</svg>`

describe('SVG logos', () => {
  const booted = useRecordServer()

  it('are accepted, stored sanitized and served sandboxed', async () => {
    const reply = await uploadImage(
      booted.who.editor,
      { alt: { de: 'Logo des Netzwerks', en: 'Logo of the network' } },
      { name: 'network-logo.svg', type: 'image/svg+xml', bytes: new TextEncoder().encode(HOSTILE_SVG) },
    )
    expect(reply.status, JSON.stringify(reply.body)).toBe(201)
    const doc = reply.body.doc as { url: string; mimeType: string; filename: string }
    expect(doc.mimeType).toBe('image/svg+xml')

    const served = await fetch(`${booted.server.url}${doc.url}`)
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/^image\/svg\+xml/)
    expect(served.headers.get('content-security-policy')).toMatch(/(^|;\s*)sandbox(;|$)/)
    expect(served.headers.get('x-content-type-options')).toBe('nosniff')

    const svg = await served.text()
    expect(svg).toContain('<svg')
    expect(svg).toContain('VIE')
    expect(svg).toContain('url(#brand)')
    expect(svg).not.toMatch(/<script/i)
    expect(svg).not.toMatch(/\son[a-z]+\s*=/i)
    expect(svg).not.toMatch(/javascript:/i)
    expect(svg).not.toMatch(/foreignObject|iframe/i)
    expect(svg).not.toMatch(/tracker\.example/)
    expect(svg).not.toMatch(/@import/i)
  })

  it('other files than images are still refused, and the refusal names the type', async () => {
    const before = (await rest(booted.who.editor, 'GET', '/media?limit=0')).body.totalDocs
    const reply = await uploadImage(
      booted.who.editor,
      { alt: { de: 'Text', en: 'Text' } },
      { name: 'page.html', type: 'text/html', bytes: new TextEncoder().encode('<html><script>alert(1)</script></html>') },
    )
    expect(reply.status).toBe(400)
    expect(JSON.stringify(reply.body)).toMatch(/text\/html/)
    expect((await rest(booted.who.editor, 'GET', '/media?limit=0')).body.totalDocs).toBe(before)
  })
})
