import type { Endpoint } from 'payload'

import { ignoreLinkEndpoint } from './ignoreLink'
import { markReviewedEndpoint } from './markReviewed'
import { previewEndpoint } from './preview'
import { proposalDecideEndpoint, proposalDiffEndpoint } from './proposalReview'
import { recordChangesEndpoint } from './recordChanges'
import { runLinkCheckEndpoint } from './runLinkCheck'

/** The editorial workflow's own API routes, under /api/editorial. */
export const editorialEndpoints: Endpoint[] = [markReviewedEndpoint, runLinkCheckEndpoint, ignoreLinkEndpoint, previewEndpoint, recordChangesEndpoint, proposalDiffEndpoint, proposalDecideEndpoint]
