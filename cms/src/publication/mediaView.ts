import { type ImageRole, widthOfRole } from '@di-san-so/media-pipeline/roles'
import { mediaKindSchema, type SnapshotMedia } from '@di-san-so/site/snapshot'
import { bothLocalesOrNull, count, refId, refIds } from './readers'
import { isCaptionFile, type Stored } from './readPublic'
import type { MediaView } from './recordView'

const record = (value: unknown): Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value)) : {}

/** The public view of a media file: its public derivatives under `media/<id>/`, captions, size and duration. */
export function toSnapshotMedia(doc: Stored<'media'>, mediaIds: Set<string>): SnapshotMedia {
  const id = String(doc.id)
  const technical = record(doc.technical)
  const probe = record(technical.probe)
  const video = record(probe.video)
  const image = record(technical.image)
  const files = Object.fromEntries(
    Object.entries(record(doc.derivatives)).flatMap(([role, file]) =>
      typeof file === 'string' ? [[role, `media/${id}/${file}`]] : [],
    ),
  )
  if (isCaptionFile(doc)) files.captions = `media/${id}/captions.vtt`
  const kind = mediaKindSchema.safeParse(doc.kind)
  return {
    id,
    kind: kind.success ? kind.data : 'document',
    caption: bothLocalesOrNull(doc.caption),
    credit: bothLocalesOrNull(doc.credit),
    width: count(video.width ?? image.width),
    height: count(video.height ?? image.height),
    duration: count(probe.duration),
    files,
    transcript: bothLocalesOrNull(doc.transcript),
    captions: (doc.captions ?? []).flatMap((row) => {
      const file = refId(row.file)
      return file && mediaIds.has(file) ? [{ language: String(row.language), file: `media/${file}/captions.vtt` }] : []
    }),
    labels: refIds(doc.culturalLabels),
  }
}

/** The widest JPEG (else WebP) image derivative, or a video's poster: the picture a page or JSON-LD shows. */
export function pictureOf(media: SnapshotMedia): string | undefined {
  for (const format of ['jpeg', 'webp'] as const) {
    const roles = Object.keys(media.files).filter((role): role is ImageRole => role.startsWith(`image-${format}-`))
    const widest = roles.sort((a, b) => widthOfRole(b) - widthOfRole(a))[0]
    if (widest) return media.files[widest]
  }
  return media.kind === 'video' ? media.files.poster : undefined
}

/** The media file as Dublin Core and JSON-LD read it: public, with its picture. */
export const toMediaView = (media: SnapshotMedia, mimeType: string | null | undefined): MediaView => ({
  kind: media.kind,
  accessLevel: 'public',
  mimeType: mimeType ?? null,
  picture: pictureOf(media) ?? null,
})
