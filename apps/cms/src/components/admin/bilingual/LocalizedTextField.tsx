'use client'
import type { TextFieldClientProps } from 'payload'
import { TextField, useDocumentInfo, useDocumentTitle, useFormFields } from '@payloadcms/ui'
import { useEffect } from 'react'

import { fallbackTitle } from './germanFallback'
import { useGermanText } from './useGermanText'

/**
 * A one-line text kept in German and English. Empty in English, it shows the German text as
 * placeholder; if it is the record's title, the edit view is titled by the German name with a
 * "DE" marker instead of the record's id.
 */
export default function LocalizedTextField(props: TextFieldClientProps) {
  const { path, field } = props
  const german = useGermanText(path)
  const value = useFormFields(([fields]) => fields[path]?.value)
  const { docConfig } = useDocumentInfo()
  const { title, setDocumentTitle } = useDocumentTitle()
  const isTitle = docConfig && 'useAsTitle' in (docConfig.admin ?? {}) && (docConfig.admin as { useAsTitle?: string }).useAsTitle === path
  const empty = typeof value !== 'string' || value.trim() === ''
  const wanted = isTitle && empty && german ? fallbackTitle(german) : undefined

  useEffect(() => {
    if (wanted && title !== wanted) setDocumentTitle(wanted)
  }, [wanted, title, setDocumentTitle])

  return <TextField {...props} field={{ ...field, admin: { ...field.admin, placeholder: german ?? field.admin?.placeholder } }} />
}
