import { EventEmitter } from 'node:events'

/**
 * The in-process channel from collection hooks to the read model. Kept on `globalThis` under a
 * registered symbol because the Payload config (and so the hooks) may be loaded twice in one
 * process, once by the server and once inside Next's bundle for the admin and REST routes; both
 * copies must reach the one read model the server holds.
 */
const KEY = Symbol.for('vie.public.changes')

type Holder = { [KEY]?: EventEmitter }

function channel(): EventEmitter {
  const holder = globalThis as Holder
  holder[KEY] ??= new EventEmitter().setMaxListeners(50)
  return holder[KEY]
}

export const emitPublicChange = (collection: string): void => {
  channel().emit('change', collection)
}

export function onPublicChange(listener: (collection: string) => void): () => void {
  channel().on('change', listener)
  return () => channel().off('change', listener)
}
