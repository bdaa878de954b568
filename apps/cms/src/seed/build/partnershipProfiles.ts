import type { Municipality } from '@vie/types'

import { fromText, Localized, type Seedable } from '../localized'
import { idsFor, type SlugIds } from '../refs'
import type { PartnershipProfileSource } from '../sources'

type Partnership = NonNullable<Municipality['partnership']>

/** The profiles are as of the report's closing meeting (September 2024). */
const AS_OF = '2024-09-16T00:00:00.000Z'

/**
 * Partnership profiles of the report's tandem municipalities, by slug: what each brought into its
 * tandem (offers) and wanted from it (seeks). The contact is the role the report's tandems
 * worked through; no person is named.
 */
export function buildPartnershipProfiles(sources: readonly PartnershipProfileSource[], topics: SlugIds): Map<string, Seedable<Partnership>> {
  return new Map(
    sources.map((profile) => [
      profile.slug,
      {
        offers: { topics: idsFor(topics, profile.offers, 'topic'), text: fromText(profile.offersText) },
        seeks: { topics: idsFor(topics, profile.seeks, 'topic'), text: fromText(profile.seeksText) },
        workingLanguages: profile.languages as Partnership['workingLanguages'],
        openToPartnership: 'yes',
        asOf: AS_OF,
        contact: { function: new Localized('Smart-City-Koordination', 'Smart city coordination'), department: null, email: null },
      },
    ]),
  )
}
