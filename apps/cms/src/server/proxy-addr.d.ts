// proxy-addr ships no types; this is the one call VIE makes, as Express makes it for `req.ip`.
declare module 'proxy-addr' {
  import type { IncomingMessage } from 'node:http'

  function proxyaddr(req: IncomingMessage, trust: (address: string, hop: number) => boolean): string
  export = proxyaddr
}
