import { PublicPageLink as PublicPageLink_03fa3fc2971615b3c9bf4318ed533589 } from '../../../dashboard/components/PublicPageLink'
import { ProcessingCell as ProcessingCell_355daa41926c0041aedc0cad4d971235 } from '../../../media/components/ProcessingCell'
import { ProcessingField as ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8 } from '../../../media/components/ProcessingField'
import { CurrentPasswordField as CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d } from '../../../auth/CurrentPasswordField'
import { RoleDashboard as RoleDashboard_d5b7ded2d018937993a4e734a3e99f8e } from '../../../dashboard/components/RoleDashboard'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/dashboard/components/PublicPageLink#PublicPageLink": PublicPageLink_03fa3fc2971615b3c9bf4318ed533589,
  "/media/components/ProcessingCell#ProcessingCell": ProcessingCell_355daa41926c0041aedc0cad4d971235,
  "/media/components/ProcessingField#ProcessingField": ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8,
  "/auth/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d,
  "/dashboard/components/RoleDashboard#RoleDashboard": RoleDashboard_d5b7ded2d018937993a4e734a3e99f8e,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
