'use client'
import { messageIn } from '../../i18n/localMessage'
import { MEDIA_FORM_TEXT } from '../../i18n/messages'
import { kindOfMimeType, MEDIA_KINDS, type MediaKind } from '../kinds'

/** The fields of a media record a thumbnail and its label need. */
export type MediaSummary = {
  id: string | number
  caption?: string | null
  originalFilename?: string | null
  kind?: string | null
  mimeType?: string | null
  thumbnailURL?: string | null
}

const BOX: React.CSSProperties = {
  width: '3rem',
  height: '3rem',
  flex: '0 0 3rem',
  borderRadius: '4px',
  objectFit: 'cover',
  display: 'inline-flex',
  alignItems: 'center',
  justifyContent: 'center',
  background: 'var(--theme-elevation-100, #eee)',
}

/** Sound: a waveform; document: a page; a picture or video not processed yet: a frame. */
const ICON_PATHS: Record<MediaKind, string> = {
  audio: 'M3 12h2M7 8v8M11 4v16M15 7v10M19 10v4M21 12h1',
  document: 'M6 2h9l5 5v15H6zM15 2v5h5M9 13h8M9 17h8',
  image: 'M3 5h18v14H3zM3 16l5-5 4 4 3-3 6 6',
  video: 'M3 6h13v12H3zM16 10l5-3v10l-5-3',
}

/** The label an officer recognises a file by: its caption, else the name it was uploaded with. */
export const mediaLabel = (doc: MediaSummary, language: string): string =>
  doc.caption?.trim() || doc.originalFilename || messageIn(language, MEDIA_FORM_TEXT.noCaption)

/** The pipeline's WebP thumbnail or video poster, else an icon for the file's kind (a waveform for sound). */
export function MediaThumb({ doc, language }: { doc: MediaSummary; language: string }) {
  const kind = ((doc.kind || undefined) as MediaKind | undefined) ?? kindOfMimeType(doc.mimeType)
  if (doc.thumbnailURL)
    // biome-ignore lint/performance/noImgElement: a derivative from our own access-checked endpoint; next/image would proxy it
    return <img src={doc.thumbnailURL} alt="" loading="lazy" style={BOX} data-testid="media-thumb" data-kind={kind} />
  const title = messageIn(language, MEDIA_KINDS[kind])
  return (
    <span style={BOX} data-testid="media-thumb" data-kind={kind}>
      <svg viewBox="0 0 24 24" width="28" height="28" fill="none" stroke="currentColor" strokeWidth="1.6" role="img">
        <title>{title}</title>
        <path d={ICON_PATHS[kind]} />
      </svg>
    </span>
  )
}
