import { default as default_ba120b75bac5761167ff0cdb40f7d85a } from '../../../components/admin/bilingual/TitleCell'
import { default as default_d33fcccad953a024c19a1a4341c3bd3d } from '../../../components/admin/bilingual/LocalizedTextField'
import { default as default_72be6e049c2491b2f9f393834c17389e } from '../../../components/admin/networks/SubtypeSelect'
import { default as default_a82068a61c1d6828019cb696acd68480 } from '../../../components/admin/bilingual/LocalizedTextareaField'
import { default as default_dd7c09cb1b4ea9fb03a4e63131a9c938 } from '../../../components/admin/linkCheck/LinkCheckSummary'
import { default as default_dda0eee981e14821d249560120863575 } from '../../../components/admin/changeLog/ChangeLog'
import { default as default_1d87d09daf835e70e57986d611147c95 } from '../../../components/admin/importExport/ExportMenuItems'
import { default as default_fd696f96a1f5b08a26ba6a463a4e3a99 } from '../../../components/admin/review/BulkMarkReviewed'
import { default as default_b1ffeff8eac3a2945f235ee2f8e0c0c7 } from '../../../components/admin/review/MarkReviewedButton'
import { default as default_77e6427029db129c7235b9e906c70a5f } from '../../../components/admin/embedBuilder/PartnerSiteButton'
import { default as default_565de2f4e39e7f89dc2b612f0fa30949 } from '../../../components/admin/preview/WidgetPreview'
import { default as default_3203089f3803bf3179370d0761a13133 } from '../../../components/admin/municipalities/GazetteerSuggestion'
import { default as default_e8431bbbe605bceb509955d167f637d9 } from '../../../components/admin/partners/SuggestedPartners'
import { default as default_52bc4867291e121b26d30c28811bb2c0 } from '../../../components/admin/events/EventStatusCell'
import { default as default_f97d454720656d763b3cffb291cf2207 } from '../../../components/admin/events/EndZoneFollowsStart'
import { default as default_077da1cc5f3f2e39592acddac1144bd3 } from '../../../components/admin/proposals/ProposalReview'
import { default as default_dfe4008080d895d460898c3a6155e9ba } from '../../../components/admin/Icon'
import { default as default_91a09b539d3c86b0aebf520e7564ce08 } from '../../../components/admin/Logo'
import { default as default_ac70fe183dee22981ca010d5f1424aae } from '../../../components/admin/shared/EditorNavLinks'
import { default as default_af669912e06d01f0ca1b5c3178684fc9 } from '../../../components/admin/dashboard/Dashboard'
import { default as default_c55810d1717548f854b7eb11f7b39270 } from '../../../components/admin/embedBuilder/EmbedBuilderView'
import { default as default_5c4ed54387cee586b211411a4fcce2d7 } from '../../../components/admin/importExport/ImportExportView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/components/admin/bilingual/TitleCell#default": default_ba120b75bac5761167ff0cdb40f7d85a,
  "/components/admin/bilingual/LocalizedTextField#default": default_d33fcccad953a024c19a1a4341c3bd3d,
  "/components/admin/networks/SubtypeSelect#default": default_72be6e049c2491b2f9f393834c17389e,
  "/components/admin/bilingual/LocalizedTextareaField#default": default_a82068a61c1d6828019cb696acd68480,
  "/components/admin/linkCheck/LinkCheckSummary#default": default_dd7c09cb1b4ea9fb03a4e63131a9c938,
  "/components/admin/changeLog/ChangeLog#default": default_dda0eee981e14821d249560120863575,
  "/components/admin/importExport/ExportMenuItems#default": default_1d87d09daf835e70e57986d611147c95,
  "/components/admin/review/BulkMarkReviewed#default": default_fd696f96a1f5b08a26ba6a463a4e3a99,
  "/components/admin/review/MarkReviewedButton#default": default_b1ffeff8eac3a2945f235ee2f8e0c0c7,
  "/components/admin/embedBuilder/PartnerSiteButton#default": default_77e6427029db129c7235b9e906c70a5f,
  "/components/admin/preview/WidgetPreview#default": default_565de2f4e39e7f89dc2b612f0fa30949,
  "/components/admin/municipalities/GazetteerSuggestion#default": default_3203089f3803bf3179370d0761a13133,
  "/components/admin/partners/SuggestedPartners#default": default_e8431bbbe605bceb509955d167f637d9,
  "/components/admin/events/EventStatusCell#default": default_52bc4867291e121b26d30c28811bb2c0,
  "/components/admin/events/EndZoneFollowsStart#default": default_f97d454720656d763b3cffb291cf2207,
  "/components/admin/proposals/ProposalReview#default": default_077da1cc5f3f2e39592acddac1144bd3,
  "/components/admin/Icon#default": default_dfe4008080d895d460898c3a6155e9ba,
  "/components/admin/Logo#default": default_91a09b539d3c86b0aebf520e7564ce08,
  "/components/admin/shared/EditorNavLinks#default": default_ac70fe183dee22981ca010d5f1424aae,
  "/components/admin/dashboard/Dashboard#default": default_af669912e06d01f0ca1b5c3178684fc9,
  "/components/admin/embedBuilder/EmbedBuilderView#default": default_c55810d1717548f854b7eb11f7b39270,
  "/components/admin/importExport/ImportExportView#default": default_5c4ed54387cee586b211411a4fcce2d7,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
