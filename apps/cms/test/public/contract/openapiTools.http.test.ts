import fs from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { type PublicApi, usePublicStack } from '../helpers/publicStack'
import { tool } from './tools'

const here = path.dirname(fileURLToPath(import.meta.url))
type Document = { paths: Record<string, unknown> }

const stack = usePublicStack()

describe('the served OpenAPI document, read by independent tools', () => {
  let f: PublicApi
  let dir: string
  beforeAll(async () => {
    f = await stack.serve()
    // Inside the app, so the generated program resolves openapi-fetch from its node_modules.
    const cache = path.resolve(here, '../../../node_modules/.cache')
    fs.mkdirSync(cache, { recursive: true })
    dir = fs.mkdtempSync(path.join(cache, 'vie-openapi-'))
    fs.writeFileSync(path.join(dir, 'openapi.json'), await (await fetch(`${f.api}/openapi.json`)).text())
  })
  afterAll(async () => {
    await f?.close()
    if (dir) fs.rmSync(dir, { recursive: true, force: true })
  })

  it('passes Redocly CLI lint with the recommended rules and no error', async () => {
    const { code, out } = await tool('redocly', ['lint', 'openapi.json', '--extends=recommended', '--format=stylish'], dir)
    expect(out, out).toMatch(/valid|warning/i)
    expect(code, out).toBe(0)
  })

  it('gives openapi-typescript a client that compiles as generated and calls every operation with typed data', async () => {
    const generated = await tool('openapi-typescript', ['openapi.json', '-o', 'schema.ts'], dir)
    expect(generated.code, generated.out).toBe(0)
    const program = fs.readFileSync(path.join(here, 'client/program.fixture.ts.txt'), 'utf8')
    expect(program).not.toMatch(/\bas (?!const)|<[A-Z]\w*>\(|: any\b|unknown>/)
    fs.writeFileSync(path.join(dir, 'program.ts'), program)
    const compilerOptions = { strict: true, noEmit: true, module: 'nodenext', moduleResolution: 'nodenext', target: 'es2022', lib: ['es2023', 'dom'], skipLibCheck: true }
    fs.writeFileSync(path.join(dir, 'tsconfig.json'), JSON.stringify({ compilerOptions, files: ['program.ts', 'schema.ts'] }))
    const compiled = await tool('tsc', ['-p', 'tsconfig.json'], dir)
    expect(compiled.out, compiled.out).toBe('')
    expect(compiled.code).toBe(0)

    const { callAll } = (await import(path.join(dir, 'program.ts'))) as { callAll: (base: string) => Promise<Record<string, string | number>> }
    const got = await callAll(f.api)
    const doc = JSON.parse(fs.readFileSync(path.join(dir, 'openapi.json'), 'utf8')) as Document
    // The proposal endpoints take input and a solved challenge; test/contribute calls them on the full server.
    const reads = Object.keys(doc.paths).filter((p) => !p.startsWith('/proposals'))
    expect(Object.keys(got).sort()).toEqual(reads.sort())
    for (const [operation, value] of Object.entries(got)) expect(value === '' || value === 0 || value === -1, `${operation}: ${value}`).toBe(false)
  })
})
