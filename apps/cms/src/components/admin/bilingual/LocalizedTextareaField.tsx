'use client'
import { TextareaField } from '@payloadcms/ui'
import type { TextareaFieldClientProps } from 'payload'

import { useGermanText } from './useGermanText'

/** Prose kept in German and English: empty in English, it shows the German text as placeholder. */
export default function LocalizedTextareaField(props: TextareaFieldClientProps) {
  const german = useGermanText(props.path)
  return <TextareaField {...props} field={{ ...props.field, admin: { ...props.field.admin, placeholder: german ?? props.field.admin?.placeholder } }} />
}
