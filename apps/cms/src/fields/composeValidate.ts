import type { PayloadRequest } from 'payload'

import { type Check, inLanguageOf } from '../validation/messages'

type Verdict = Promise<string | true> | string | true

/**
 * Payload's own validation of a field type (required, length, option lists) first, then ours:
 * replacing `validate` would otherwise silently drop the built-in rules.
 */
export const composeValidate =
  <V, O extends { req: PayloadRequest }>(
    builtIn: (value: V, options: O) => Verdict,
    check: (value: V, options: O) => Check | Promise<Check>,
  ) =>
  async (value: V, options: O): Promise<string | true> => {
    const verdict = await builtIn(value, options)
    return verdict === true ? inLanguageOf(options.req, await check(value, options)) : verdict
  }
