'use client'
import { Link, useConfig, useListDrawerContext, useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import { type MediaSummary, MediaThumb, mediaLabel } from './MediaThumb'

const ROW: React.CSSProperties = {
  display: 'inline-flex',
  alignItems: 'center',
  gap: '0.6rem',
  textAlign: 'start',
  background: 'none',
  border: 0,
  padding: 0,
  color: 'inherit',
  font: 'inherit',
  cursor: 'pointer',
}

/**
 * The media list's first column, in the list and in the library picker: thumbnail (or poster, or a waveform
 * icon) and the caption, else the uploaded file name — never the random stored name. In the picker a click
 * chooses the file; in the list it opens the record.
 */
export function MediaTitleCell({ cellData, rowData, link }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const { config } = useConfig()
  const { drawerSlug, onSelect } = useListDrawerContext()
  const doc = { ...(rowData as MediaSummary), caption: typeof cellData === 'string' ? cellData : null }
  const content = (
    <>
      <MediaThumb doc={doc} language={i18n.language} />
      <span data-testid="media-title">{mediaLabel(doc, i18n.language)}</span>
    </>
  )
  if (drawerSlug && typeof onSelect === 'function')
    return (
      <button
        type="button"
        style={ROW}
        onClick={() => onSelect({ collectionSlug: 'media', doc: rowData, docID: String(doc.id) })}
      >
        {content}
      </button>
    )
  if (link)
    return (
      <Link
        href={`${config.routes.admin}/collections/media/${encodeURIComponent(String(doc.id))}`}
        style={ROW}
        prefetch={false}
      >
        {content}
      </Link>
    )
  return <span style={ROW}>{content}</span>
}
