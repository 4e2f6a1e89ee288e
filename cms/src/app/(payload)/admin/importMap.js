import { MediaUploadField as MediaUploadField_4ce0b792f011c040c1079894ffbe96ff } from '../../../media/components/MediaUploadField'
import { UploadProgressField as UploadProgressField_e54ef3cb257b53acb80a214265b15a8f } from '../../../media/components/UploadProgressField'
import { MediaTitleCell as MediaTitleCell_fc358df021f4db9dddc7de8da66bae83 } from '../../../media/components/MediaTitleCell'
import { ForKindField as ForKindField_49f7e43550a4b32f6732d88daaa40bae } from '../../../media/components/ForKindField'
import { LanguagePickerField as LanguagePickerField_08099a42872f6639e48dda1fa6effa9d } from '../../../fields/components/LanguagePickerField'
import { ProcessingCell as ProcessingCell_355daa41926c0041aedc0cad4d971235 } from '../../../media/components/ProcessingCell'
import { ProcessingField as ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8 } from '../../../media/components/ProcessingField'
import { CurrentPasswordField as CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d } from '../../../auth/CurrentPasswordField'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/media/components/MediaUploadField#MediaUploadField": MediaUploadField_4ce0b792f011c040c1079894ffbe96ff,
  "/media/components/UploadProgressField#UploadProgressField": UploadProgressField_e54ef3cb257b53acb80a214265b15a8f,
  "/media/components/MediaTitleCell#MediaTitleCell": MediaTitleCell_fc358df021f4db9dddc7de8da66bae83,
  "/media/components/ForKindField#ForKindField": ForKindField_49f7e43550a4b32f6732d88daaa40bae,
  "/fields/components/LanguagePickerField#LanguagePickerField": LanguagePickerField_08099a42872f6639e48dda1fa6effa9d,
  "/media/components/ProcessingCell#ProcessingCell": ProcessingCell_355daa41926c0041aedc0cad4d971235,
  "/media/components/ProcessingField#ProcessingField": ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8,
  "/auth/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
