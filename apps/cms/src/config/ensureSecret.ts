import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'

/**
 * PAYLOAD_SECRET signs sessions. A fresh clone has none, so one is generated once and kept
 * beside the database; restarts then keep editors logged in. Several instances must share
 * one secret, so production sets PAYLOAD_SECRET explicitly.
 */
export function ensureSecret(dataDir: string): { secret: string; generated: boolean } {
  const fromEnv = process.env.PAYLOAD_SECRET?.trim()
  if (fromEnv) return { secret: fromEnv, generated: false }
  const file = path.join(dataDir, '.payload-secret')
  if (fs.existsSync(file)) {
    const stored = fs.readFileSync(file, 'utf8').trim()
    if (stored) return { secret: stored, generated: false }
  }
  fs.mkdirSync(dataDir, { recursive: true })
  const secret = crypto.randomBytes(32).toString('hex')
  fs.writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return { secret, generated: true }
}
