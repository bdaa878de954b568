import { countryCodes, type Label } from '@vie/types'
import type { SelectField } from 'payload'

import { checkCountryCode } from '../validation/country'
import { inLanguageOf } from '../validation/messages'

const namesDe = new Intl.DisplayNames(['de'], { type: 'region' })
const namesEn = new Intl.DisplayNames(['en'], { type: 'region' })

const COUNTRY: Label = { de: 'Land', en: 'Country' }

/** A country as ISO 3166-1 alpha-2 code, offered with its German and English name. */
export function countryField({ required = false }: { required?: boolean } = {}): SelectField {
  return {
    name: 'country',
    type: 'select',
    label: { ...COUNTRY },
    required,
    options: countryCodes.map((code) => ({
      value: code,
      label: { de: `${namesDe.of(code) ?? code} (${code})`, en: `${namesEn.of(code) ?? code} (${code})` },
    })),
    validate: (value, { req, required }) => {
      if (required && !value) return inLanguageOf(req, { de: `${COUNTRY.de}: Pflichtfeld.`, en: `${COUNTRY.en}: required.` })
      return inLanguageOf(req, checkCountryCode(value, COUNTRY))
    },
  }
}
