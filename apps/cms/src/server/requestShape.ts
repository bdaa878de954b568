import type { IncomingMessage } from 'node:http'
import type { TLSSocket } from 'node:tls'

/**
 * Every input besides the URL that the public middleware and the answers below it read from a
 * request, taken raw: the host and scheme (links, HSTS), the encodings and languages accepted.
 * Two requests with the same shape and URL get the same headers and bytes, up to the rate
 * limit's count and the validator check. Raw strings, so nothing is parsed on a hit.
 */
export function requestShape(req: IncomingMessage): string {
  const { headers } = req
  const tls = (req.socket as Partial<TLSSocket>).encrypted === true ? 's' : ''
  return `${req.method} ${req.url}\n${headers.host}\n${tls}${headers['x-forwarded-proto']}\n${headers['accept-encoding']}\n${headers['accept-language']}`
}

/**
 * Prepared answers by request shape, bounded: past `max` shapes the table starts over, so odd
 * header values sent on purpose cost a slow answer each, never memory.
 */
export class ShapeTable<Entry> {
  private readonly entries = new Map<string, Entry>()

  constructor(private readonly max: number) {}

  get(shape: string): Entry | undefined {
    return this.entries.get(shape)
  }

  set(shape: string, entry: Entry): void {
    if (this.entries.size >= this.max) this.entries.clear()
    this.entries.set(shape, entry)
  }

  delete(shape: string): void {
    this.entries.delete(shape)
  }

  clear(): void {
    this.entries.clear()
  }
}
