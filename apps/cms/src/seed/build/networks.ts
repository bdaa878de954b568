import type { Network } from '@vie/types'

import vocabularies from '../data/vocabularies.json'
import { parseInfoAsOf } from '../dates'
import { WITHHELD_PERSONAL_CONTACTS } from '../choices'
import { fromText, germanOnly } from '../localized'
import { idsFor, type SlugIds } from '../refs'
import type { NetworkSource } from '../sources'
import type { SeedRecord } from './types'

/** The study names sub-types in German; the register keys them by slug. */
const subtypeSlugs = new Map(vocabularies.subtype.map((entry) => [entry.value, entry.slug]))

function subtypeOf(network: NetworkSource): Network['foundingSubtype'] {
  if (network.subtype === null) return null
  const slug = subtypeSlugs.get(network.subtype)
  if (!slug) throw new Error(`seed data: unknown sub-type "${network.subtype}" of ${network.slug}`)
  return slug as Network['foundingSubtype']
}

/** Everything but the links between networks, which need every network to exist first. */
export function buildNetworks(
  sources: readonly NetworkSource[],
  refs: { municipalities: SlugIds; topics: SlugIds },
): SeedRecord<Network>[] {
  return sources.map((network) => ({
    slug: network.slug,
    data: {
      _status: 'published',
      slug: network.slug,
      name: germanOnly(network.name),
      acronym: network.acronym,
      category: network.category,
      foundingInitiative: network.foundingInitiative,
      foundingSubtype: subtypeOf(network),
      typologyNote: fromText(network.typologyNote),
      foundedYear: network.foundedYear,
      foundedNote: fromText(network.foundedNote),
      initiators: fromText(network.initiators),
      carriers: fromText(network.carriers),
      funding: fromText(network.funding),
      runtime: { kind: network.runtime.kind, endYear: network.runtime.endYear },
      goals: fromText(network.goals),
      focus: fromText(network.focus),
      members: {
        summary: fromText(network.members.summary),
        memberCount: network.members.memberCount,
        countryCount: network.members.countryCount,
        memberTypes: network.members.memberTypes as NonNullable<Network['members']>['memberTypes'],
      },
      germanMunicipalities: idsFor(refs.municipalities, network.municipalitySlugs, 'municipality'),
      otherGermanParticipants: network.germanOtherParticipants ?? [],
      geographicScope: network.geographicScope,
      themes: idsFor(refs.topics, network.themes, 'topic'),
      formats: network.formats as Network['formats'],
      results: fromText(network.results),
      websites: network.websites.map((url) => ({ url })),
      contactEmail: WITHHELD_PERSONAL_CONTACTS.has(network.slug) ? null : network.contactEmail,
      sourceNote: germanOnly(network.sourceNote),
      infoAsOf: parseInfoAsOf(network.infoAsOf),
    },
  }))
}

/** The second pass: related networks, referenced by the data files' `key`. */
export function buildNetworkLinks(sources: readonly NetworkSource[], networks: SlugIds): SeedRecord<Network>[] {
  const slugByKey = new Map(sources.map((network) => [network.key, network.slug]))
  return sources.map((network) => ({
    slug: network.slug,
    data: {
      _status: 'published',
      relatedNetworks: idsFor(
        networks,
        network.relatedNetworks.map((key) => slugByKey.get(key) ?? key),
        'network',
      ),
    },
  }))
}
