'use client'
import { SelectField, useField, useFormFields } from '@payloadcms/ui'
import { foundingSubtypes } from '@vie/types'
import type { SelectFieldClientProps } from 'payload'
import { useEffect } from 'react'

const siblingPath = (path: string, name: string): string => path.split('.').slice(0, -1).concat(name).join('.')

const belongsTo = (initiative: unknown, subtype: string): boolean =>
  foundingSubtypes.some((entry) => entry.value === subtype && entry.initiative === initiative)

/**
 * The sub-type select offers only the sub-types of the founding initiative chosen beside it, and
 * clears a sub-type that no longer fits when the initiative changes (the server checks the same,
 * see validation/subtype.ts).
 */
export default function SubtypeSelect(props: SelectFieldClientProps) {
  const { path, field } = props
  const initiative = useFormFields(([fields]) => fields[siblingPath(path, 'foundingInitiative')]?.value)
  const { value, setValue } = useField<string | null>({ path })
  const options = initiative
    ? field.options.filter((option) => belongsTo(initiative, typeof option === 'string' ? option : option.value))
    : field.options

  useEffect(() => {
    if (initiative && value && !belongsTo(initiative, value)) setValue(null)
  }, [initiative, value, setValue])

  return <SelectField {...props} field={{ ...field, options }} />
}
