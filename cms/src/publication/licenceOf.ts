import type { SnapshotItem } from '@di-san-so/site/snapshot'

import { LICENCES, type LicenceCode, licenceLabel } from '../lib/heritageKinds'

const isLicence = (code: string): code is LicenceCode => code in LICENCES

/** An item's rights as the public sees them, from the cms's one licence table (cms/src/lib/heritageKinds.ts). */
export function licenceOf(code: string, holder: string | null): SnapshotItem['rights'] {
  const known = isLicence(code) ? code : 'all-rights-reserved'
  return {
    licence: code,
    label: { vi: licenceLabel(known, 'vi'), en: licenceLabel(known, 'en') },
    url: LICENCES[known].url,
    holder,
  }
}
