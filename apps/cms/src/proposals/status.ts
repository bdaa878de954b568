import type { Label } from '@vie/types'

export const PROPOSAL_STATUSES = [
  { value: 'unconfirmed', label: { de: 'Unbestätigt', en: 'Unconfirmed' } },
  { value: 'open', label: { de: 'Offen', en: 'Open' } },
  { value: 'accepted', label: { de: 'Übernommen', en: 'Accepted' } },
  { value: 'partly-accepted', label: { de: 'Teilweise übernommen', en: 'Partly accepted' } },
  { value: 'rejected', label: { de: 'Abgelehnt', en: 'Rejected' } },
] as const satisfies readonly { value: string; label: Label }[]
