/**
 * The shape the derived-metadata functions (Dublin Core, JSON-LD) read: a heritage item with `locale: 'all'`
 * and its relations populated (`depth: 1`, or resolved by `publicViews` from what the public may see). Bare
 * ids where a relation was not populated are skipped.
 */
import { type Locale, publicPath, type UrlWord } from '@di-san-so/site/snapshot'

import { type Localized, populated, populatedOne, type Ref } from './readers'

export type { Locale } from '@di-san-so/site/snapshot'
export { LOCALES } from '@di-san-so/site/snapshot'
export { inLocale, type Localized, populated, populatedOne, type Ref, withFallback } from './readers'

export type GroupView = { slug?: string | null; name?: Localized; languages?: { iso6393?: string | null }[] | null }
export type PlaceView = {
  name?: Localized
  type?: string | null
  coordinates?: { latitude?: number | null; longitude?: number | null } | null
  parent?: Ref<PlaceView>
}
export type PersonView = {
  name?: string | null
  accessLevel?: string | null
  publicationConsent?: { given?: boolean | null } | null
}
/**
 * A media file as public outputs see it. `picture` is its public picture (an image derivative, a video's
 * poster; never a stream or a sound); `url` is the file itself, shown as a picture only for an image.
 */
export type MediaView = {
  url?: string | null
  picture?: string | null
  mimeType?: string | null
  accessLevel?: string | null
  kind?: string | null
}
export type SubjectView = { name?: Localized }

export type ItemView = {
  slug?: string | null
  title?: Localized
  summary?: Localized
  description?: Localized
  kind?: string | null
  ethnicGroups?: Ref<GroupView>[] | null
  subjects?: Ref<SubjectView>[] | null
  places?: Ref<PlaceView>[] | null
  owningProvince?: Ref<PlaceView>
  time?: {
    startDate?: string | null
    endDate?: string | null
    lunarMonth?: number | null
    recurrence?: string | null
    recurrenceYears?: number | null
    note?: Localized
  } | null
  people?: { person?: Ref<PersonView>; role?: string | null }[] | null
  media?: Ref<MediaView>[] | null
  featuredMedia?: Ref<MediaView>
  source?: { recordedBy?: string | null; recordedOn?: string | null; collection?: Localized } | null
  rights?: { licence?: string | null; holder?: string | null } | null
}

/** People who may be named in public outputs: public record and their own consent to publication. */
export const publishablePeople = (item: ItemView): { person: PersonView; role?: string | null }[] =>
  (item.people ?? []).flatMap(({ person, role }) => {
    const doc = populatedOne(person)
    return doc?.name && doc.accessLevel === 'public' && doc.publicationConsent?.given === true
      ? [{ person: doc, role }]
      : []
  })

/** Media that may appear in public outputs. */
export const publicMedia = (item: ItemView): MediaView[] =>
  populated(item.media).filter((media) => media.accessLevel === 'public')

export const absoluteUrl = (baseUrl: string, path: string | null | undefined): string | undefined =>
  path ? new URL(path, baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`).toString() : undefined

/**
 * Stable public URL of a record on the site: the site's own paths (`publicPath` of the snapshot contract:
 * Vietnamese at the root, English under `/en/`, a trailing slash), e.g. `https://…/di-san/x/`, `https://…/en/di-san/x/`.
 */
export const recordUrl = (
  baseUrl: string,
  locale: Locale,
  word: UrlWord,
  slug: string | null | undefined,
): string | undefined => (slug ? absoluteUrl(baseUrl, publicPath(locale, word, slug).slice(1)) : undefined)
