/**
 * The largest form the admin may send. Its edit form travels as one multipart field holding the
 * record as JSON (`_payload`), and each change is checked by a server action carrying the same
 * data; both must hold a record whose texts are far over their limits (src/validation/length.ts),
 * so that the field's own message names the limit instead of a bare "Multipart limit" error.
 */
export const FORM_LIMIT_MB = 16

export const FORM_LIMIT_BYTES = FORM_LIMIT_MB * 1024 * 1024
