import type { ProposalCollection } from '@vie/types'

/**
 * What a proposal may change, per collection, as field paths of the Payload config: the facts
 * outsiders know best. Bookkeeping (review stamps, link checks), slugs and relations that shape
 * the register (a tandem's partners, a network's category) stay with the editors.
 */
export const PROPOSABLE_FIELDS: Record<ProposalCollection, readonly string[]> = {
  networks: ['name', 'acronym', 'goals', 'focus', 'results', 'foundedYear', 'geographicScope', 'themes', 'contactEmail'],
  tandems: ['title', 'status', 'statusReason', 'matchingReason', 'jointProjects', 'challenges', 'topics'],
  municipalities: [
    'population',
    'populationYear',
    'website',
    'partnership.offers.topics',
    'partnership.offers.text',
    'partnership.seeks.topics',
    'partnership.seeks.text',
    'partnership.workingLanguages',
    'partnership.openToPartnership',
    'partnership.contact.function',
    'partnership.contact.department',
  ],
  events: [
    'title',
    'kind',
    'mode',
    'start',
    'start_tz',
    'end',
    'end_tz',
    'venue',
    'city',
    'onlineUrl',
    'registrationUrl',
    'organizer',
    'summary',
    'relatedNetworks',
    'relatedTandems',
    'municipalities',
    'topics',
  ],
}

/** What a new event needs besides a title (in either language); the editors complete the rest. */
export const NEW_EVENT_REQUIRED: readonly string[] = ['kind', 'start', 'start_tz']

export const PROPOSAL_COLLECTIONS = Object.keys(PROPOSABLE_FIELDS) as ProposalCollection[]
