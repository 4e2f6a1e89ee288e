import type { MEDIA_KINDS as CONTRACT_MEDIA_KINDS } from '@di-san-so/site/snapshot'

/** The four kinds of file the archive keeps; the form shows the fields that fit each (`fieldsForKind.ts`). */
export const MEDIA_KINDS = {
  image: { vi: 'Ảnh', en: 'Image' },
  audio: { vi: 'Âm thanh', en: 'Audio' },
  video: { vi: 'Video', en: 'Video' },
  document: { vi: 'Tài liệu', en: 'Document' },
} as const satisfies Record<(typeof CONTRACT_MEDIA_KINDS)[number], { vi: string; en: string }>
export type MediaKind = keyof typeof MEDIA_KINDS

export const kindOfMimeType = (mimeType: string | null | undefined): MediaKind => {
  const major = mimeType?.split('/')[0]
  return major === 'image' || major === 'audio' || major === 'video' ? major : 'document'
}
