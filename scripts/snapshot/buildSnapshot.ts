import type { CollectionSlug, Payload } from 'payload'

import { LICENCES, type LicenceCode, licenceLabel } from '../../cms/src/lib/heritageKinds'

import {
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type Snapshot,
  type SnapshotMedia,
  snapshotSchema,
} from '../../site/src/content/snapshot'

type Doc = Record<string, unknown>
type Loc = { vi?: string | null; en?: string | null } | string | null | undefined

/** The dataset licence of the metadata (each item carries the rights of its own media). */
export const DATASET_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

const str = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)
const num = (value: unknown): number | null => (typeof value === 'number' && Number.isFinite(value) ? value : null)
const ref = (value: unknown): string | null =>
  value == null ? null : typeof value === 'object' ? String((value as { id: unknown }).id) : String(value)
const refs = (value: unknown): string[] => (Array.isArray(value) ? value.map(ref).filter((v): v is string => !!v) : [])
const localized = (value: Loc) =>
  typeof value === 'object' && value
    ? { vi: value.vi ?? '', en: str(value.en) }
    : { vi: typeof value === 'string' ? value : '', en: null }
const optionalLocalized = (value: Loc) => (localized(value).vi ? localized(value) : null)

/**
 * Reads what the public may read — as an anonymous visitor through the Local API, so the archive's own
 * access rules decide (published AND public) — in every locale, and shapes it as the snapshot. Each
 * collection is filtered once more here, so a rule changed by mistake cannot leak through this door.
 */
export async function buildSnapshot(
  payload: Payload,
  now = new Date(),
): Promise<{ snapshot: Snapshot; captionOriginals: Map<string, string> }> {
  const all = async (collection: CollectionSlug, extra: Record<string, unknown> = {}) =>
    (
      await payload.find({
        collection,
        locale: 'all',
        depth: 0,
        pagination: false,
        overrideAccess: false,
        draft: false,
        ...extra,
      })
    ).docs as unknown as Doc[]

  const isPublished = (doc: Doc) => doc._status === undefined || doc._status === 'published'
  const isPublic = (doc: Doc) => doc.accessLevel === undefined || doc.accessLevel === 'public'
  const visible = (docs: Doc[]) => docs.filter((doc) => isPublished(doc) && isPublic(doc))

  const media = (await all('media'))
    .filter((doc) => doc.effectiveAccess === 'public')
    .filter((doc) => (doc.processing as { status?: string } | null)?.status === 'done' || isCaptionFile(doc))
  const mediaIds = new Set(media.map((doc) => String(doc.id)))
  const people = visible(await all('people'))
  const personSlug = new Map(people.map((doc) => [String(doc.id), String(doc.slug)]))
  const groups = visible(await all('ethnic-groups'))
  const groupSlug = new Map(groups.map((doc) => [String(doc.id), String(doc.slug)]))
  const places = await all('places')
  const subjects = new Map((await all('subjects')).map((doc) => [String(doc.id), localized(doc.name as Loc)]))
  const labels = await all('cultural-labels')
  const items = visible(await all('heritage-items'))

  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    generatedAt: now.toISOString(),
    licence: DATASET_LICENCE,
    items: items.map((doc) => {
      const time = (doc.time ?? {}) as Doc
      const rights = (doc.rights ?? {}) as Doc
      const source = (doc.source ?? {}) as Doc
      return {
        id: String(doc.id),
        slug: String(doc.slug),
        kind: String(doc.kind),
        title: localized(doc.title as Loc),
        summary: localized(doc.summary as Loc),
        description: optionalLocalized(doc.description as Loc),
        ethnicGroups: refs(doc.ethnicGroups).flatMap((g) => (groupSlug.has(g) ? [groupSlug.get(g) as string] : [])),
        subjects: refs(doc.subjects).flatMap((s) =>
          subjects.has(s) ? [subjects.get(s) as { vi: string; en: string | null }] : [],
        ),
        places: refs(doc.places),
        placesIndex: refs(doc.placesIndex),
        owningProvince: ref(doc.owningProvince),
        time: {
          startDate: str(time.startDate),
          endDate: str(time.endDate),
          lunarMonth: num(time.lunarMonth),
          lunarDay: num(time.lunarDay),
          recurrence: str(time.recurrence),
          note: optionalLocalized(time.note as Loc),
        },
        people: ((doc.people ?? []) as Doc[]).flatMap((row) => {
          const slug = personSlug.get(ref(row.person) ?? '')
          return slug ? [{ person: slug, role: String(row.role) }] : []
        }),
        media: refs(doc.media).filter((m) => mediaIds.has(m)),
        featuredMedia: mediaIds.has(ref(doc.featuredMedia) ?? '') ? ref(doc.featuredMedia) : null,
        rights: licenceOf(String(rights.licence ?? 'all-rights-reserved'), str(rights.holder)),
        source: { recordedBy: str(source.recordedBy), recordedOn: str(source.recordedOn) },
        labels: refs(doc.culturalLabels),
        updatedAt: String(doc.updatedAt),
      }
    }),
    groups: groups.map((doc) => ({
      id: String(doc.id),
      slug: String(doc.slug),
      name: localized(doc.name as Loc),
      endonym: str(doc.endonym),
      otherNames: ((doc.otherNames ?? []) as unknown[]).filter((n): n is string => typeof n === 'string'),
      languages: ((doc.languages ?? []) as Doc[]).map((l) => ({
        name: localized(l.name as Loc),
        iso6393: String(l.iso6393),
      })),
      description: optionalLocalized(doc.description as Loc),
      featuredImage: mediaIds.has(ref(doc.featuredImage) ?? '') ? ref(doc.featuredImage) : null,
    })),
    people: people.map((doc) => ({
      id: String(doc.id),
      slug: String(doc.slug),
      name: String(doc.name),
      roles: (doc.roles ?? []) as string[],
      ethnicGroup: groupSlug.get(ref(doc.ethnicGroup) ?? '') ?? null,
      biography: optionalLocalized(doc.biography as Loc),
    })),
    places: places.map((doc) => {
      const coordinates = (doc.coordinates ?? {}) as Doc
      return {
        id: String(doc.id),
        name: localized(doc.name as Loc),
        otherNames: ((doc.otherNames ?? []) as unknown[]).filter((n): n is string => typeof n === 'string'),
        type: String(doc.type),
        parent: ref(doc.parent),
        latitude: num(coordinates.latitude),
        longitude: num(coordinates.longitude),
        validTo: str(doc.validTo),
        replacedBy: refs(doc.replacedBy),
      }
    }),
    media: media.map((doc) => toSnapshotMedia(doc, mediaIds)),
    labels: labels.map((doc) => ({
      id: String(doc.id),
      labelType: String(doc.labelType),
      name: localized(doc.name as Loc),
      text: localized(doc.text as Loc),
    })),
  }
  const captionOriginals = new Map(media.filter(isCaptionFile).map((doc) => [String(doc.id), String(doc.filename)]))
  return { snapshot: snapshotSchema.parse(snapshot), captionOriginals }
}

/** The licence as the cms defines it (one table: cms/src/lib/heritageKinds.ts). */
function licenceOf(code: string, holder: string | null) {
  const known = code in LICENCES ? LICENCES[code as LicenceCode] : LICENCES['all-rights-reserved']
  return {
    licence: code,
    label: { vi: licenceLabel(code as LicenceCode, 'vi'), en: licenceLabel(code as LicenceCode, 'en') },
    url: known.url,
    holder,
  }
}

const isCaptionFile = (doc: Doc) =>
  String(doc.filename ?? '')
    .toLowerCase()
    .endsWith('.vtt')

function toSnapshotMedia(doc: Doc, mediaIds: Set<string>): SnapshotMedia {
  const id = String(doc.id)
  const technical = (doc.technical ?? {}) as { probe?: Doc; image?: Doc }
  const video = (technical.probe?.video ?? null) as Doc | null
  const files = Object.fromEntries(
    Object.entries((doc.derivatives ?? {}) as Record<string, string>).map(([role, file]) => [
      role,
      `media/${id}/${file}`,
    ]),
  )
  if (isCaptionFile(doc)) files.captions = `media/${id}/captions.vtt`
  return {
    id,
    kind: (doc.kind as SnapshotMedia['kind']) ?? 'document',
    caption: optionalLocalized(doc.caption as Loc),
    credit: optionalLocalized(doc.credit as Loc),
    width: num(video?.width ?? technical.image?.width),
    height: num(video?.height ?? technical.image?.height),
    duration: num(technical.probe?.duration),
    files,
    transcript: optionalLocalized(doc.transcript as Loc),
    captions: ((doc.captions ?? []) as Doc[]).flatMap((row) => {
      const file = ref(row.file)
      return file && mediaIds.has(file) ? [{ language: String(row.language), file: `media/${file}/captions.vtt` }] : []
    }),
    labels: refs(doc.culturalLabels),
  }
}
