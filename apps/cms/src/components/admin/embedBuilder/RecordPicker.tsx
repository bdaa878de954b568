'use client'

import { useId, useState } from 'react'

import type { RecordOption } from './model'
import field from '../shared/field.module.css'
import type { BuilderText } from './text'

/** A search box that narrows the select of published records (native controls, keyboard friendly). */
export function RecordPicker({ t, options, value, onChange }: { t: BuilderText; options: RecordOption[]; value: string; onChange: (slug: string) => void }) {
  const [query, setQuery] = useState('')
  const id = useId()
  const needle = query.trim().toLowerCase()
  const shown = options.filter((o) => !needle || o.slug === value || `${o.label} ${o.slug}`.toLowerCase().includes(needle))
  return (
    <div className={field.field}>
      <label htmlFor={`${id}-search`}>{t.record}</label>
      <input id={`${id}-search`} type="search" placeholder={t.recordSearch} value={query} onChange={(e) => setQuery(e.target.value)} aria-controls={`${id}-select`} />
      <select id={`${id}-select`} aria-label={t.record} name="record" value={value} onChange={(e) => onChange(e.target.value)}>
        <option value="">{t.recordNone}</option>
        {shown.map((o) => (
          <option key={o.slug} value={o.slug}>
            {o.label} ({o.slug})
          </option>
        ))}
      </select>
    </div>
  )
}
