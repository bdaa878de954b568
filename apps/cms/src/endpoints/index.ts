import type { Endpoint } from 'payload'

import { markReviewedEndpoint } from './markReviewed'
import { recordChangesEndpoint } from './recordChanges'
import { runLinkCheckEndpoint } from './runLinkCheck'

/** The editorial workflow's own API routes, under /api/editorial. */
export const editorialEndpoints: Endpoint[] = [markReviewedEndpoint, runLinkCheckEndpoint, recordChangesEndpoint]
