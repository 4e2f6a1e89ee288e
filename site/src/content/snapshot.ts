import { IMAGE_ROLE_FORMATS, PUBLISHED_NAMED_ROLES } from '@di-san-so/media-pipeline/roles'
import { z } from 'zod'

import { dcElementSchema, jsonLdTypeSchema, kindSchema, localeSchema, mediaKindSchema } from './words'

export { jsonForScript } from '../lib/jsonForScript'
export * from './words'

/**
 * The publication snapshot: everything the public site is built from, and the open-data download. Only
 * published, public records; every locale; media as the derivative files copied beside it. This file is the
 * contract between the cms and the site, and the only thing that crosses between them: the package entry
 * `@di-san-so/site/snapshot`. The cms (`cms/src/publication/`) writes and validates against it; the site
 * validates again when it loads one.
 */
export const SNAPSHOT_FORMAT = 'di-san-so/publication-snapshot'
/** 2: items carry their kind as an enum, their JSON-LD per language and their Dublin Core (issue 14). */
export const SNAPSHOT_VERSION = 2

/** A text in Vietnamese (always) and English (null where not translated yet: the site says so). */
const localized = z.object({ vi: z.string(), en: z.string().nullable() })
const optionalLocalized = localized.nullable()
const id = z.string()
/** A published file's role (media-pipeline's `PublishedRole`): a named file, or an image's format and width. */
const role = z.union([
  z.enum(PUBLISHED_NAMED_ROLES),
  z.templateLiteral(['image-', z.enum(IMAGE_ROLE_FORMATS), '-', z.number().int()]),
])

export const mediaSchema = z.object({
  id,
  /** image, video, audio or document (captions). */
  kind: mediaKindSchema,
  caption: optionalLocalized,
  credit: optionalLocalized,
  /** Pixel size of the original (images, video), seconds of playing time (audio, video). */
  width: z.number().nullable(),
  height: z.number().nullable(),
  duration: z.number().nullable(),
  /** Derivatives by role (media-pipeline's `PublishedRole`: `webMp4`, `image-webp-640`, `captions`…), paths under `media/`. */
  files: z.partialRecord(role, z.string()),
  transcript: optionalLocalized,
  /** WebVTT caption tracks: ISO 639-3 language and the file under `media/`. */
  captions: z.array(z.object({ language: z.string(), file: z.string() })),
  labels: z.array(id),
})

/** A public web address of a picture: never a playlist or a media stream (schema.org `image`). */
const imageUrl = z.string().refine((url) => !/\.(m3u8|mpd|mp4|webm|mp3|opus|vtt)(\?|#|$)/i.test(url), {
  message: 'JSON-LD image must be a picture, not a stream or a sound',
})

/** schema.org JSON-LD of an item's page in one language, made by the cms (cms/src/publication/jsonLd.ts). */
export const jsonLdSchema = z
  .object({
    '@context': z.literal('https://schema.org'),
    /** Event for festivals and rituals, Product for crafts, CreativeWork otherwise. */
    '@type': jsonLdTypeSchema,
    name: z.string(),
    description: z.string().optional(),
    url: z.string(),
    inLanguage: localeSchema,
    image: imageUrl.optional(),
  })
  .catchall(z.unknown())

/** One Dublin Core statement: element, value, and the language where the value is in one. */
export const dcStatementSchema = z.object({
  element: dcElementSchema,
  value: z.string(),
  lang: localeSchema.optional(),
})

export const itemSchema = z.object({
  id,
  slug: z.string(),
  /** festival, ritual, performing_art, oral_tradition, traditional_knowledge, craft. */
  kind: kindSchema,
  title: localized,
  summary: localized,
  description: optionalLocalized,
  /** Slugs of the ethnic groups. */
  ethnicGroups: z.array(z.string()),
  subjects: z.array(localized),
  /** Places as recorded, and every place above them or succeeding them (for browsing by old or new names). */
  places: z.array(id),
  placesIndex: z.array(id),
  owningProvince: id.nullable(),
  time: z.object({
    startDate: z.string().nullable(),
    endDate: z.string().nullable(),
    lunarMonth: z.number().nullable(),
    lunarDay: z.number().nullable(),
    recurrence: z.string().nullable(),
    note: optionalLocalized,
  }),
  /** People shown with their consent only; `person` is a slug. */
  people: z.array(z.object({ person: z.string(), role: z.string() })),
  media: z.array(id),
  featuredMedia: id.nullable(),
  /** Licence code, its name in both languages and its URL (null for "all rights reserved"), rights holder. */
  rights: z.object({
    licence: z.string(),
    label: localized,
    url: z.string().nullable(),
    holder: z.string().nullable(),
  }),
  source: z.object({ recordedBy: z.string().nullable(), recordedOn: z.string().nullable() }),
  labels: z.array(id),
  updatedAt: z.string(),
  /** The page's JSON-LD in each language, rendered as is by the site. */
  jsonLd: z.object({ vi: jsonLdSchema, en: jsonLdSchema }),
  /** The 15 Dublin Core elements (open data; later OAI-PMH). */
  dublinCore: z.array(dcStatementSchema),
})

export const groupSchema = z.object({
  id,
  slug: z.string(),
  name: localized,
  endonym: z.string().nullable(),
  /** Other names and spellings (Rhade, Ê-đê…): searched as well as the official name. */
  otherNames: z.array(z.string()),
  languages: z.array(z.object({ name: localized, iso6393: z.string() })),
  description: optionalLocalized,
  featuredImage: id.nullable(),
})

export const personSchema = z.object({
  id,
  slug: z.string(),
  name: z.string(),
  roles: z.array(z.string()),
  ethnicGroup: z.string().nullable(),
  biography: optionalLocalized,
})

export const placeSchema = z.object({
  id,
  name: localized,
  otherNames: z.array(z.string()),
  type: z.string(),
  parent: id.nullable(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
  validTo: z.string().nullable(),
  replacedBy: z.array(id),
})

export const labelSchema = z.object({ id, labelType: z.string(), name: localized, text: localized })

export const snapshotSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  version: z.literal(SNAPSHOT_VERSION),
  generatedAt: z.string(),
  /** Licence of the metadata as a dataset (each item also carries its own rights). */
  licence: z.object({ id: z.string(), url: z.string() }),
  items: z.array(itemSchema),
  groups: z.array(groupSchema),
  people: z.array(personSchema),
  places: z.array(placeSchema),
  media: z.array(mediaSchema),
  labels: z.array(labelSchema),
})

export type Snapshot = z.infer<typeof snapshotSchema>
export type SnapshotItem = z.infer<typeof itemSchema>
export type SnapshotGroup = z.infer<typeof groupSchema>
export type SnapshotPerson = z.infer<typeof personSchema>
export type SnapshotPlace = z.infer<typeof placeSchema>
export type SnapshotMedia = z.infer<typeof mediaSchema>
export type SnapshotLabel = z.infer<typeof labelSchema>
export type Localized = z.infer<typeof localized>
export type JsonLd = z.infer<typeof jsonLdSchema>
export type DcStatement = z.infer<typeof dcStatementSchema>
