import { widthOfRole } from '@di-san-so/media-pipeline/roles'

import type { SnapshotMedia } from '../content/snapshot'

/** The pixel width in a derivative's role name (`image-webp-640` → 640). */
export const widthOf = widthOfRole

/** A `srcset` of one format's derivatives, narrowest first, up to `maxWidth`. Empty if there are none. */
export function srcset(media: SnapshotMedia, format: 'avif' | 'webp', maxWidth = Number.POSITIVE_INFINITY): string {
  return Object.entries(media.files)
    .filter(([role]) => role.startsWith(`image-${format}-`) && widthOf(role) <= maxWidth)
    .sort(([a], [b]) => widthOf(a) - widthOf(b))
    .map(([role, file]) => `/${file} ${widthOf(role)}w`)
    .join(', ')
}
