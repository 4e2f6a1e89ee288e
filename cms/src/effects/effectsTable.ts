import type { CollectionSlug } from 'payload'

/** When a change to a collection's records rebuilds the public site. */
export type SiteRebuild =
  /** publishing, unpublishing, editing or deleting something published (records with drafts) */
  | 'whenPublished'
  /** any change or delete: reference data the snapshot carries, published or not */
  | 'always'
  | 'never'

/** What a change to a collection's records sets off, besides the save itself. */
export type Effects = {
  site: SiteRebuild
  /** `record`: the record's own search documents; `place`: the items there and the synonyms. */
  search: 'record' | 'place' | 'none'
  /** Recompute `placesIndex` of every item under this place, its predecessors and its successors. */
  placesIndex: boolean
  /** Recompute how open the files it uses (media, featured media, featured image) may be. */
  mediaAccess: boolean
  /** Write create, update, publish, unpublish, access-change and delete entries to the audit log. */
  audit: boolean
}

/** Payload's own collections (jobs, preferences, locks…) are not the archive's records. */
export type ArchiveSlug = Exclude<CollectionSlug, `payload-${string}`>

const NONE: Effects = { site: 'never', search: 'none', placesIndex: false, mediaAccess: false, audit: false }

/**
 * Which collection's change triggers what: the one table, applied to every collection by `withEffects`
 * (archiveConfig). A collection missing here does not start. Media's own work (processing, its thumbnails
 * reaching search and the site when a file is done) is the media workflow's, not a save's.
 */
export const EFFECTS: Record<ArchiveSlug, Effects> = {
  'heritage-items': { ...NONE, site: 'whenPublished', search: 'record', mediaAccess: true, audit: true },
  people: { ...NONE, site: 'whenPublished', search: 'record', audit: true },
  'ethnic-groups': { ...NONE, site: 'whenPublished', search: 'record', mediaAccess: true, audit: true },
  // The snapshot carries every place, subject and label by name: a rename changes the pages that show them.
  places: { ...NONE, site: 'always', search: 'place', placesIndex: true, audit: true },
  subjects: { ...NONE, site: 'always', audit: true },
  'cultural-labels': { ...NONE, site: 'always', audit: true },
  media: { ...NONE, audit: true },
  users: { ...NONE, audit: true },
  'access-grants': { ...NONE, audit: true },
  // The log does not log itself.
  'audit-log': NONE,
}
