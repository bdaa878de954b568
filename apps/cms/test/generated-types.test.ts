import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { generateTypes } from 'payload/node'
import { describe, expect, it } from 'vitest'

/** The committed @vie/types must match what the current config generates: CI fails on drift. */
describe('@vie/types', () => {
  it('payload-types.ts is up to date with payload.config.ts (run `pnpm generate:types`)', async () => {
    process.env.PAYLOAD_SECRET ||= 'types-check'
    const { default: configPromise } = await import('../src/payload.config')
    const config = await configPromise
    const committedFile = config.typescript.outputFile as string
    const outputFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'vie-types-')), 'payload-types.ts')

    await generateTypes({ ...config, typescript: { ...config.typescript, outputFile } }, { log: false })

    expect(fs.readFileSync(outputFile, 'utf8')).toBe(fs.readFileSync(committedFile, 'utf8'))
  })
})
