import type { CollectionConfig } from 'payload'

type AdminComponents = NonNullable<NonNullable<CollectionConfig['admin']>['components']>

/** "Mark as reviewed" in the edit view and, for a selection, above the list. */
export const reviewActions: AdminComponents = {
  edit: { beforeDocumentControls: ['/components/admin/review/MarkReviewedButton'] },
  beforeListTable: ['/components/admin/review/BulkMarkReviewed'],
}
