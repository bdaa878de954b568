import type { Json } from './api'
import type { MatrixCollection } from './accessMatrix'
import { type Caller, idOf, rest, uploadImage } from './records'
import { type BaseRefs, restInput, uniqueName } from './recordInputs'

/** Two German municipalities and a topic for the other records to point at. */
export async function createBaseRefs(caller: Caller): Promise<BaseRefs> {
  const municipality = async () =>
    idOf(await rest(caller, 'POST', '/municipalities', { name: uniqueName('Stadt'), kind: 'municipality', country: 'DE' }))
  return {
    municipalities: [await municipality(), await municipality()],
    topic: idOf(await rest(caller, 'POST', '/topics', { label: uniqueName('Thema') })),
  }
}

/** Whatever a caller must send to create one record of `collection` over REST. */
export function inputFor(collection: MatrixCollection, refs: BaseRefs): Json {
  if (collection === 'users') return { email: `${uniqueName('u').replace(/\W/g, '')}@vie.test`, password: 'pw-123456789', role: 'editor' }
  if (collection === 'media') return { alt: { de: 'Ein Logo', en: 'A logo' } }
  return restInput(collection, refs)
}

/** Creates one record over REST as `caller` and returns the raw reply. */
export function createOver(caller: Caller, collection: MatrixCollection, refs: BaseRefs, draft = false) {
  const input = inputFor(collection, refs)
  if (collection === 'media') return uploadImage(caller, input)
  return rest(caller, 'POST', `/${collection}`, draft ? { ...input, _status: 'draft' } : input)
}

/** Creates one record and returns its id; fails loudly, since the tests depend on it. */
export async function createRecord(caller: Caller, collection: MatrixCollection, refs: BaseRefs, draft = false): Promise<string> {
  return idOf(await createOver(caller, collection, refs, draft))
}
