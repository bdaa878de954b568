import type { ProposalField, ProposalValue } from '@vie/types'

/** The value a control shows for a field: dates and times cut to what the inputs take. */
export function controlValue(field: ProposalField): ProposalValue {
  const { type, value } = field
  if (typeof value !== 'string') return value
  if (type === 'date') return value.slice(0, 10)
  if (type === 'datetime') return value.slice(0, 16)
  return value
}

/** What the form's data holds for a field now, in the shape `changes` takes. */
function readValue(data: FormData, field: ProposalField): ProposalValue {
  switch (field.type) {
    case 'multiselect':
      return data.getAll(field.key).map(String).sort()
    case 'boolean':
      return data.get(field.key) !== null
    case 'number': {
      const raw = String(data.get(field.key) ?? '').trim()
      return raw === '' ? null : Number(raw)
    }
    default: {
      const raw = String(data.get(field.key) ?? '').trim()
      return raw === '' ? null : raw
    }
  }
}

const comparable = (field: ProposalField, value: ProposalValue): string => {
  if (field.type === 'multiselect') return JSON.stringify([...(Array.isArray(value) ? value : [])].sort())
  if (field.type === 'boolean') return String(value === true)
  return JSON.stringify(value === '' ? null : value)
}

/**
 * The fields the visitor changed, by key. For a new record every field given counts; for an
 * existing one only what differs from the record, so editors review exactly the proposed change.
 */
export function changedValues(form: HTMLFormElement, fields: ProposalField[], isNew: boolean): Record<string, ProposalValue> {
  const changes: Record<string, ProposalValue> = {}
  const data = new FormData(form)
  for (const field of fields) {
    const now = readValue(data, field)
    const before = isNew ? null : controlValue(field)
    const changed = comparable(field, now) !== comparable(field, before)
    if (changed) changes[field.key] = now
  }
  return changes
}
