'use client'

import field from '../shared/field.module.css'
import styles from './embedBuilder.module.css'
import { type OptionList, RECORD_FILTERS, type RecordOption } from './model'
import type { BuilderText } from './text'

type Props = {
  name: string
  value: string
  t: BuilderText
  records: Record<string, RecordOption[]>
  vocabularies: Record<string, OptionList>
  onChange: (value: string) => void
}

/** One filter attribute: a select where its values are known, a number, a checkbox or free text. */
export function FilterControl({ name, value, t, records, vocabularies, onChange }: Props) {
  const label = t.filterLabels[name] ?? name
  const collection = RECORD_FILTERS[name]
  const options: OptionList | undefined = collection ? (records[collection] ?? []).map((r) => ({ value: r.slug, label: r.label })) : vocabularies[name]
  if (name === 'controls') {
    return (
      <label className={styles.inline}>
        <input type="checkbox" name={name} checked={value === 'true'} onChange={(e) => onChange(e.target.checked ? 'true' : '')} />
        {label}
      </label>
    )
  }
  return (
    <label className={field.field}>
      <span>
        {label} <code>{name}</code>
      </span>
      {options ? (
        <select name={name} value={value} onChange={(e) => onChange(e.target.value)}>
          <option value="">{t.any}</option>
          {options.map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
      ) : (
        <input name={name} type={name === 'limit' ? 'number' : 'text'} min={name === 'limit' ? 1 : undefined} max={name === 'limit' ? 100 : undefined} value={value} onChange={(e) => onChange(e.target.value)} />
      )}
    </label>
  )
}
