import { ProcessingCell as ProcessingCell_355daa41926c0041aedc0cad4d971235 } from '../../../media/components/ProcessingCell'
import { ProcessingField as ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8 } from '../../../media/components/ProcessingField'
import { PasswordField as PasswordField_3817bf644402e67bfe6577f60ef982de } from '@payloadcms/ui'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/media/components/ProcessingCell#ProcessingCell": ProcessingCell_355daa41926c0041aedc0cad4d971235,
  "/media/components/ProcessingField#ProcessingField": ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8,
  "@payloadcms/ui#PasswordField": PasswordField_3817bf644402e67bfe6577f60ef982de,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
