import { default as default_dd7c09cb1b4ea9fb03a4e63131a9c938 } from '../../../components/admin/linkCheck/LinkCheckSummary'
import { default as default_dda0eee981e14821d249560120863575 } from '../../../components/admin/changeLog/ChangeLog'
import { default as default_1d87d09daf835e70e57986d611147c95 } from '../../../components/admin/importExport/ExportMenuItems'
import { default as default_fd696f96a1f5b08a26ba6a463a4e3a99 } from '../../../components/admin/review/BulkMarkReviewed'
import { default as default_b1ffeff8eac3a2945f235ee2f8e0c0c7 } from '../../../components/admin/review/MarkReviewedButton'
import { default as default_77e6427029db129c7235b9e906c70a5f } from '../../../components/admin/embedBuilder/PartnerSiteButton'
import { default as default_dfe4008080d895d460898c3a6155e9ba } from '../../../components/admin/Icon'
import { default as default_91a09b539d3c86b0aebf520e7564ce08 } from '../../../components/admin/Logo'
import { default as default_ac70fe183dee22981ca010d5f1424aae } from '../../../components/admin/shared/EditorNavLinks'
import { default as default_af669912e06d01f0ca1b5c3178684fc9 } from '../../../components/admin/dashboard/Dashboard'
import { default as default_c55810d1717548f854b7eb11f7b39270 } from '../../../components/admin/embedBuilder/EmbedBuilderView'
import { default as default_5c4ed54387cee586b211411a4fcce2d7 } from '../../../components/admin/importExport/ImportExportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/linkCheck/LinkCheckSummary#default": default_dd7c09cb1b4ea9fb03a4e63131a9c938,
  "/components/admin/changeLog/ChangeLog#default": default_dda0eee981e14821d249560120863575,
  "/components/admin/importExport/ExportMenuItems#default": default_1d87d09daf835e70e57986d611147c95,
  "/components/admin/review/BulkMarkReviewed#default": default_fd696f96a1f5b08a26ba6a463a4e3a99,
  "/components/admin/review/MarkReviewedButton#default": default_b1ffeff8eac3a2945f235ee2f8e0c0c7,
  "/components/admin/embedBuilder/PartnerSiteButton#default": default_77e6427029db129c7235b9e906c70a5f,
  "/components/admin/Icon#default": default_dfe4008080d895d460898c3a6155e9ba,
  "/components/admin/Logo#default": default_91a09b539d3c86b0aebf520e7564ce08,
  "/components/admin/shared/EditorNavLinks#default": default_ac70fe183dee22981ca010d5f1424aae,
  "/components/admin/dashboard/Dashboard#default": default_af669912e06d01f0ca1b5c3178684fc9,
  "/components/admin/embedBuilder/EmbedBuilderView#default": default_c55810d1717548f854b7eb11f7b39270,
  "/components/admin/importExport/ImportExportView#default": default_5c4ed54387cee586b211411a4fcce2d7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
