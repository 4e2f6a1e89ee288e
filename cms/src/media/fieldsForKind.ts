import { kindOfMimeType, type MediaKind } from './kinds'

/**
 * Which descriptive fields fit which kind of file. A photo has no spoken words (no languages, transcript or
 * caption tracks); a sound recording has words but no picture to caption (WebVTT tracks are for video); a
 * document (PDF, a .vtt file) has a language but nothing to transcribe, and was not recorded anywhere.
 */
export const FIELDS_FOR_KIND = {
  languages: ['audio', 'video', 'document'],
  transcript: ['audio', 'video'],
  captions: ['video'],
  recordedWhere: ['image', 'audio', 'video'],
} as const satisfies Record<string, readonly MediaKind[]>

/**
 * Whether a field for `kinds` fits the record: shown for those kinds, or while the kind is not known yet (a
 * new record before a file is chosen). The kind is the sidebar's, else the stored file's type.
 */
export function fitsKind(kinds: readonly MediaKind[], data: { kind?: unknown; mimeType?: unknown }): boolean {
  const chosen = (data.kind || undefined) as MediaKind | undefined
  const kind =
    chosen ?? (typeof data.mimeType === 'string' && data.mimeType ? kindOfMimeType(data.mimeType) : undefined)
  return kind === undefined || kind === null || kinds.includes(kind)
}

/** How `ForKindField` draws a field once it fits: Payload's own component for its type, or our language picker. */
export type KindFieldRender = 'array' | 'language' | 'relationship' | 'textarea'

/**
 * `admin` of a media field shown only for the kinds that fit. Not `admin.condition`: a condition would also
 * skip the field's validation on the server (a photo could then store any "language") and make the columns
 * of required sub-fields nullable (a schema change); this hides the field in the form only.
 */
export const forKind = (field: keyof typeof FIELDS_FOR_KIND, render: KindFieldRender) => ({
  components: {
    Field: {
      path: '/media/components/ForKindField#ForKindField',
      clientProps: { kinds: [...FIELDS_FOR_KIND[field]], render },
    },
  },
})
