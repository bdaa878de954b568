import type { Label } from '@vie/types'
import type { Field } from 'payload'

import { withTitleCell } from '../admin/bilingual/listAdmin'
import { localizedText } from './localized'
import { slugField } from './slug'

/** The record's name (German required) and the slug built from it. */
export const nameAndSlug = (name: string, label: Label): Field[] => [
  withTitleCell(localizedText({ name, label, required: true })),
  slugField(name),
]
