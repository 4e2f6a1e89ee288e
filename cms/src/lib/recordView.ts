/**
 * Read helpers shared by the derived-metadata functions (Dublin Core, JSON-LD). They take a heritage
 * item as the Local API returns it with `locale: 'all'` and `depth: 1`: localized values as
 * `{ vi, en }`, relations as documents (or bare ids where not populated, which are skipped).
 */
export type Locale = 'vi' | 'en'
export const LOCALES: readonly Locale[] = ['vi', 'en']

export type Localized<T = string> = T | Partial<Record<Locale, T | null>> | null | undefined

type Id = string | number
export type Ref<T> = Id | T | null | undefined

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
export type MediaView = {
  url?: string | null
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

/** The value in one language; a plain (unlocalized) value is the same in every language. */
export function inLocale<T>(value: Localized<T>, locale: Locale): T | undefined {
  if (value == null) return undefined
  if (typeof value === 'object' && !Array.isArray(value) && LOCALES.some((code) => code in (value as object))) {
    return (value as Partial<Record<Locale, T | null>>)[locale] ?? undefined
  }
  return value as T
}

/** The value in `locale`, else in Vietnamese (the archive's source language). */
export const withFallback = <T>(value: Localized<T>, locale: Locale): T | undefined =>
  inLocale(value, locale) ?? inLocale(value, 'vi')

/** Related documents that were populated; bare ids carry nothing to show. */
export const populated = <T extends object>(refs: readonly Ref<T>[] | null | undefined): T[] =>
  (refs ?? []).filter((ref): ref is T => typeof ref === 'object' && ref !== null)

export const populatedOne = <T extends object>(ref: Ref<T>): T | undefined =>
  typeof ref === 'object' && ref !== null ? ref : undefined

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

/** Stable public URL of a record: `/{locale}/{collection}/{slug}` (the site issue may add aliases, never remove). */
export const recordUrl = (
  baseUrl: string,
  locale: Locale,
  collection: string,
  slug: string | null | undefined,
): string | undefined => (slug ? absoluteUrl(baseUrl, `${locale}/${collection}/${slug}`) : undefined)
