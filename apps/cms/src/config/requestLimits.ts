/**
 * The largest request body the admin and the API take, in MB. The edit form travels as one
 * multipart field holding the record as JSON (`_payload`), and each change is checked by a server
 * action carrying the same data; both must hold a record whose texts lie far over their limits
 * (src/validation/length.ts), so that the field's own message names the limit instead of a bare
 * "Multipart limit has been reached". Above Payload's 20 MB for one uploaded file.
 */
export const BODY_LIMIT_MB = 24

export const BODY_LIMIT_BYTES = BODY_LIMIT_MB * 1024 * 1024
