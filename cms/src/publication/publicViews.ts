import {
  kindSchema,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type Snapshot,
  type SnapshotItem,
  snapshotSchema,
} from '@di-san-so/site/snapshot'
import type { Payload } from 'payload'

import { toDublinCore } from './dublinCore'
import { type PublicLookups, placeViews, toItemView } from './itemView'
import { toJsonLd } from './jsonLd'
import { licenceOf } from './licenceOf'
import { toMediaView, toSnapshotMedia } from './mediaView'
import { bothLocales, bothLocalesOrNull, count, refId, refIds, text, texts } from './readers'
import { isCaptionFile, type PublicRecords, readPublic, type Stored } from './readPublic'

/** The dataset licence of the metadata (each item carries the rights of its own media). */
export const DATASET_LICENCE = { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' }

/** The public views and where the caption files' originals are (the only originals ever published). */
export type PublicViews = { snapshot: Snapshot; captionOriginals: Map<string, string> }

/**
 * The typed public views of the archive, made once: what the public may read (`readPublic`), shaped as the
 * snapshot contract (`@di-san-so/site/snapshot`) with each item's Dublin Core and JSON-LD. The snapshot, the
 * open-data files and the site are written from these; `siteUrl` is the public site's address (for JSON-LD
 * and Dublin Core identifiers).
 */
export async function buildPublicViews(
  payload: Payload,
  { now = new Date(), siteUrl }: { now?: Date; siteUrl: string },
): Promise<PublicViews> {
  return toPublicViews(await readPublic(payload), { now, siteUrl })
}

/** The same from records already read (pure: for tests and benches). */
export function toPublicViews(records: PublicRecords, { now, siteUrl }: { now: Date; siteUrl: string }): PublicViews {
  const mediaIds = new Set(records.media.map((doc) => String(doc.id)))
  const mediaPairs = records.media.map((doc) => [doc, toSnapshotMedia(doc, mediaIds)] as const)
  const snapshotMedia = mediaPairs.map(([, media]) => media)
  const groups = records['ethnic-groups']
  const people = records.people
  const groupSlug = new Map(groups.map((doc) => [String(doc.id), String(doc.slug)]))
  const personSlug = new Map(people.map((doc) => [String(doc.id), String(doc.slug)]))
  const lookups: PublicLookups = {
    groups: new Map(
      groups.map((doc) => [
        String(doc.id),
        {
          slug: String(doc.slug),
          name: doc.name,
          languages: (doc.languages ?? []).map((language) => ({ iso6393: text(language.iso6393) })),
        },
      ]),
    ),
    people: new Map(
      people.map((doc) => [
        String(doc.id),
        {
          slug: String(doc.slug),
          name: text(doc.name),
          accessLevel: text(doc.accessLevel),
          publicationConsent: { given: doc.publicationConsent?.given === true },
        },
      ]),
    ),
    places: placeViews(records.places),
    subjects: new Map(records.subjects.map((doc) => [String(doc.id), { name: doc.name }])),
    media: new Map(mediaPairs.map(([doc, media]) => [media.id, toMediaView(media, text(doc.mimeType))])),
    snapshotMedia: new Map(snapshotMedia.map((media) => [media.id, media])),
  }
  const subjects = new Map(records.subjects.map((doc) => [String(doc.id), bothLocales(doc.name)]))

  const toItem = (doc: Stored<'heritage-items'>): SnapshotItem => {
    const view = toItemView(doc, lookups)
    return {
      id: String(doc.id),
      slug: String(doc.slug),
      kind: kindSchema.parse(doc.kind),
      title: bothLocales(doc.title),
      summary: bothLocales(doc.summary),
      description: bothLocalesOrNull(doc.description),
      ethnicGroups: refIds(doc.ethnicGroups).flatMap((id) => groupSlug.get(id) ?? []),
      subjects: refIds(doc.subjects).flatMap((id) => subjects.get(id) ?? []),
      places: refIds(doc.places),
      placesIndex: refIds(doc.placesIndex),
      owningProvince: refId(doc.owningProvince),
      time: {
        startDate: text(doc.time?.startDate),
        endDate: text(doc.time?.endDate),
        lunarMonth: count(doc.time?.lunarMonth),
        lunarDay: count(doc.time?.lunarDay),
        recurrence: text(doc.time?.recurrence),
        note: bothLocalesOrNull(doc.time?.note),
      },
      people: (doc.people ?? []).flatMap((row) => {
        const slug = personSlug.get(refId(row.person) ?? '')
        return slug ? [{ person: slug, role: String(row.role) }] : []
      }),
      media: refIds(doc.media).filter((id) => mediaIds.has(id)),
      featuredMedia: mediaIds.has(refId(doc.featuredMedia) ?? '') ? refId(doc.featuredMedia) : null,
      rights: licenceOf(text(doc.rights?.licence) ?? 'all-rights-reserved', text(doc.rights?.holder)),
      source: { recordedBy: text(doc.source?.recordedBy), recordedOn: text(doc.source?.recordedOn) },
      labels: refIds(doc.culturalLabels),
      updatedAt: String(doc.updatedAt),
      jsonLd: {
        vi: toJsonLd(view, { baseUrl: siteUrl, locale: 'vi' }),
        en: toJsonLd(view, { baseUrl: siteUrl, locale: 'en' }),
      },
      dublinCore: toDublinCore(view, { baseUrl: siteUrl }),
    }
  }

  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    generatedAt: now.toISOString(),
    licence: DATASET_LICENCE,
    items: records['heritage-items'].map(toItem),
    groups: groups.map((doc) => ({
      id: String(doc.id),
      slug: String(doc.slug),
      name: bothLocales(doc.name),
      endonym: text(doc.endonym),
      otherNames: texts(doc.otherNames),
      languages: (doc.languages ?? []).map((l) => ({ name: bothLocales(l.name), iso6393: String(l.iso6393) })),
      description: bothLocalesOrNull(doc.description),
      featuredImage: mediaIds.has(refId(doc.featuredImage) ?? '') ? refId(doc.featuredImage) : null,
    })),
    people: people.map((doc) => ({
      id: String(doc.id),
      slug: String(doc.slug),
      name: String(doc.name),
      roles: texts(doc.roles),
      ethnicGroup: groupSlug.get(refId(doc.ethnicGroup) ?? '') ?? null,
      biography: bothLocalesOrNull(doc.biography),
    })),
    places: records.places.map((doc) => ({
      id: String(doc.id),
      name: bothLocales(doc.name),
      otherNames: texts(doc.otherNames),
      type: String(doc.type),
      parent: refId(doc.parent),
      latitude: count(doc.coordinates?.latitude),
      longitude: count(doc.coordinates?.longitude),
      validTo: text(doc.validTo),
      replacedBy: refIds(doc.replacedBy),
    })),
    media: snapshotMedia,
    labels: records['cultural-labels'].map((doc) => ({
      id: String(doc.id),
      labelType: String(doc.labelType),
      name: bothLocales(doc.name),
      text: bothLocales(doc.text),
    })),
  }
  const captionOriginals = new Map(
    records.media.filter(isCaptionFile).map((doc) => [String(doc.id), String(doc.filename)]),
  )
  return { snapshot: snapshotSchema.parse(snapshot), captionOriginals }
}
