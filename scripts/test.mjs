#!/usr/bin/env node
/**
 * `pnpm test`: typecheck, lint and every Vitest project through turbo, then one line with the
 * totals over all projects. CI reads that line, so a run that executed no test fails here.
 */
import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..')
const workspaces = ['apps', 'packages'].flatMap((dir) =>
  fs.readdirSync(path.join(root, dir), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => path.join(root, dir, entry.name)),
)
const reports = workspaces.map((dir) => path.join(dir, 'test-results', 'vitest.json'))
for (const report of reports) fs.rmSync(report, { force: true })

const turbo = spawnSync('pnpm', ['exec', 'turbo', 'run', 'typecheck', 'lint', 'test', '--continue', ...process.argv.slice(2)], {
  cwd: root,
  stdio: 'inherit',
})

let passed = 0
let failed = 0
for (const report of reports) {
  if (!fs.existsSync(report)) continue
  const result = JSON.parse(fs.readFileSync(report, 'utf8'))
  passed += result.numPassedTests
  failed += result.numFailedTests
  // A file that fails to load, or whose setup fails (its tests then count as skipped), has no
  // failed test of its own, but it is a failure all the same.
  failed += result.testResults.filter(
    (file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed'),
  ).length
}

process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
const ok = turbo.status === 0 && failed === 0 && passed > 0
if (passed === 0) console.error('No test ran: that is a failure, not a pass.')
process.exit(ok ? 0 : 1)
