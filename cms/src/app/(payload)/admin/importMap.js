import { ViTextBeside as ViTextBeside_f0fed59fdf2050d48c87b76819f820f0 } from '../../../admin/components/ViTextBeside'
import { MediaUploadField as MediaUploadField_4ce0b792f011c040c1079894ffbe96ff } from '../../../media/components/MediaUploadField'
import { ReviewTimeline as ReviewTimeline_8631b2b5c448448e341344447dd3a3db } from '../../../review/components/ReviewTimeline'
import { ReviewActions as ReviewActions_c5b45cd504acb11510dc4634c3e56f4e } from '../../../review/components/ReviewActions'
import { PublicPageLink as PublicPageLink_03fa3fc2971615b3c9bf4318ed533589 } from '../../../dashboard/components/PublicPageLink'
import { NoPayloadButton as NoPayloadButton_473b262c1a426dcc72f6d7b7469300d2 } from '../../../review/components/NoPayloadButton'
import { ReviewStatus as ReviewStatus_7033ca53102a500304b6ccd569b4c353 } from '../../../review/components/ReviewStatus'
import { UploadProgressField as UploadProgressField_e54ef3cb257b53acb80a214265b15a8f } from '../../../media/components/UploadProgressField'
import { MediaTitleCell as MediaTitleCell_fc358df021f4db9dddc7de8da66bae83 } from '../../../media/components/MediaTitleCell'
import { ForKindField as ForKindField_49f7e43550a4b32f6732d88daaa40bae } from '../../../media/components/ForKindField'
import { LanguagePickerField as LanguagePickerField_08099a42872f6639e48dda1fa6effa9d } from '../../../fields/components/LanguagePickerField'
import { ProcessingCell as ProcessingCell_355daa41926c0041aedc0cad4d971235 } from '../../../media/components/ProcessingCell'
import { ProcessingField as ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8 } from '../../../media/components/ProcessingField'
import { TechnicalFacts as TechnicalFacts_0ac9cb2993dc17045f1a23f3ba51fd0e } from '../../../admin/components/TechnicalFacts'
import { UploadManyLink as UploadManyLink_37ec9708f3b882c36a93cf0465790489 } from '../../../media/upload-screen/UploadManyLink'
import { CurrentPasswordField as CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d } from '../../../auth/CurrentPasswordField'
import { ArchiveIcon as ArchiveIcon_23d1b4e1670573815ee9bd4ab9440530 } from '../../../admin/components/ArchiveIcon'
import { ArchiveLogo as ArchiveLogo_4fbda219d1a8fc126e89b64efc095099 } from '../../../admin/components/ArchiveLogo'
import { InterfaceWords as InterfaceWords_47a6e41bb830b5290a050ed4f8413ed3 } from '../../../admin/components/InterfaceWords'
import { RoleDashboard as RoleDashboard_d5b7ded2d018937993a4e734a3e99f8e } from '../../../dashboard/components/RoleDashboard'
import { BatchUploadView as BatchUploadView_50f636ee43f27574d4a094e5a8816950 } from '../../../media/upload-screen/BatchUploadView'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/components/ViTextBeside#ViTextBeside": ViTextBeside_f0fed59fdf2050d48c87b76819f820f0,
  "/media/components/MediaUploadField#MediaUploadField": MediaUploadField_4ce0b792f011c040c1079894ffbe96ff,
  "/review/components/ReviewTimeline#ReviewTimeline": ReviewTimeline_8631b2b5c448448e341344447dd3a3db,
  "/review/components/ReviewActions#ReviewActions": ReviewActions_c5b45cd504acb11510dc4634c3e56f4e,
  "/dashboard/components/PublicPageLink#PublicPageLink": PublicPageLink_03fa3fc2971615b3c9bf4318ed533589,
  "/review/components/NoPayloadButton#NoPayloadButton": NoPayloadButton_473b262c1a426dcc72f6d7b7469300d2,
  "/review/components/ReviewStatus#ReviewStatus": ReviewStatus_7033ca53102a500304b6ccd569b4c353,
  "/media/components/UploadProgressField#UploadProgressField": UploadProgressField_e54ef3cb257b53acb80a214265b15a8f,
  "/media/components/MediaTitleCell#MediaTitleCell": MediaTitleCell_fc358df021f4db9dddc7de8da66bae83,
  "/media/components/ForKindField#ForKindField": ForKindField_49f7e43550a4b32f6732d88daaa40bae,
  "/fields/components/LanguagePickerField#LanguagePickerField": LanguagePickerField_08099a42872f6639e48dda1fa6effa9d,
  "/media/components/ProcessingCell#ProcessingCell": ProcessingCell_355daa41926c0041aedc0cad4d971235,
  "/media/components/ProcessingField#ProcessingField": ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8,
  "/admin/components/TechnicalFacts#TechnicalFacts": TechnicalFacts_0ac9cb2993dc17045f1a23f3ba51fd0e,
  "/media/upload-screen/UploadManyLink#UploadManyLink": UploadManyLink_37ec9708f3b882c36a93cf0465790489,
  "/auth/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d,
  "/admin/components/ArchiveIcon#ArchiveIcon": ArchiveIcon_23d1b4e1670573815ee9bd4ab9440530,
  "/admin/components/ArchiveLogo#ArchiveLogo": ArchiveLogo_4fbda219d1a8fc126e89b64efc095099,
  "/admin/components/InterfaceWords#InterfaceWords": InterfaceWords_47a6e41bb830b5290a050ed4f8413ed3,
  "/dashboard/components/RoleDashboard#RoleDashboard": RoleDashboard_d5b7ded2d018937993a4e734a3e99f8e,
  "/media/upload-screen/BatchUploadView#BatchUploadView": BatchUploadView_50f636ee43f27574d4a094e5a8816950,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
