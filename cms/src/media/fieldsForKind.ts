import type { Condition } from 'payload'

import { kindOfMimeType, type MediaKind } from './kinds'

/**
 * Which descriptive fields fit which kind of file. A photo has no spoken words (no languages, transcript or
 * caption tracks); a sound recording has words but no picture to caption (WebVTT tracks are for video); a
 * document (PDF, a .vtt file) has a language but nothing to transcribe.
 */
export const FIELDS_FOR_KIND = {
  languages: ['audio', 'video', 'document'],
  transcript: ['audio', 'video'],
  captions: ['video'],
  recordedWhere: ['image', 'audio', 'video'],
} as const satisfies Record<string, readonly MediaKind[]>

/**
 * `admin.condition` for a media field: shown for the kinds that fit, or while the kind is not known yet
 * (a new record before a file is chosen). The kind is the sidebar's, else the stored file's type.
 */
export const forKinds =
  (kinds: readonly MediaKind[]): Condition =>
  (data) => {
    const chosen = (data?.kind || undefined) as MediaKind | undefined
    const kind = chosen ?? (data?.mimeType ? kindOfMimeType(data.mimeType as string) : undefined)
    return kind === undefined || kinds.includes(kind)
  }
