import { ViTextBeside as ViTextBeside_f0fed59fdf2050d48c87b76819f820f0 } from '../../../admin/components/ViTextBeside'
import { ProcessingCell as ProcessingCell_355daa41926c0041aedc0cad4d971235 } from '../../../media/components/ProcessingCell'
import { ProcessingField as ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8 } from '../../../media/components/ProcessingField'
import { TechnicalFacts as TechnicalFacts_0ac9cb2993dc17045f1a23f3ba51fd0e } from '../../../admin/components/TechnicalFacts'
import { CurrentPasswordField as CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d } from '../../../auth/CurrentPasswordField'
import { ArchiveIcon as ArchiveIcon_23d1b4e1670573815ee9bd4ab9440530 } from '../../../admin/components/ArchiveIcon'
import { ArchiveLogo as ArchiveLogo_4fbda219d1a8fc126e89b64efc095099 } from '../../../admin/components/ArchiveLogo'
import { InterfaceWords as InterfaceWords_47a6e41bb830b5290a050ed4f8413ed3 } from '../../../admin/components/InterfaceWords'
import { CollectionCards as CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1 } from '@payloadcms/next/rsc'

/** @type import('payload').ImportMap */
export const importMap = {
  "/admin/components/ViTextBeside#ViTextBeside": ViTextBeside_f0fed59fdf2050d48c87b76819f820f0,
  "/media/components/ProcessingCell#ProcessingCell": ProcessingCell_355daa41926c0041aedc0cad4d971235,
  "/media/components/ProcessingField#ProcessingField": ProcessingField_6ce51f5224a13b73e0eb90794d7f10c8,
  "/admin/components/TechnicalFacts#TechnicalFacts": TechnicalFacts_0ac9cb2993dc17045f1a23f3ba51fd0e,
  "/auth/CurrentPasswordField#CurrentPasswordField": CurrentPasswordField_3345fcb5b34dee15313070ef9045de7d,
  "/admin/components/ArchiveIcon#ArchiveIcon": ArchiveIcon_23d1b4e1670573815ee9bd4ab9440530,
  "/admin/components/ArchiveLogo#ArchiveLogo": ArchiveLogo_4fbda219d1a8fc126e89b64efc095099,
  "/admin/components/InterfaceWords#InterfaceWords": InterfaceWords_47a6e41bb830b5290a050ed4f8413ed3,
  "@payloadcms/next/rsc#CollectionCards": CollectionCards_f9c02e79a4aed9a3924487c0cd4cafb1
}
