/** Collections whose widget card the edit form can preview, with the card element of each. */
export const PREVIEW_CARDS = { networks: 'vie-network-card', tandems: 'vie-tandem-card' } as const

export type PreviewCollection = keyof typeof PREVIEW_CARDS

export const PREVIEW_COLLECTIONS = Object.keys(PREVIEW_CARDS) as PreviewCollection[]

export const isPreviewCollection = (value: unknown): value is PreviewCollection => typeof value === 'string' && Object.hasOwn(PREVIEW_CARDS, value)
