'use client'
import { useTranslation } from '@payloadcms/ui'
import { useEffect } from 'react'
import { createPortal } from 'react-dom'

import { messageIn } from '../../i18n/localMessage'
import { MEDIA_FORM_TEXT } from '../../i18n/messages'
import { describeUpload } from './describeUpload'
import { installUploadProgress } from './sendWithProgress'
import { useCameraChoice } from './useCameraChoice'
import { useKindFromFile } from './useKindFromFile'
import { useUploadProgress } from './useUploadProgress'

const PANEL: React.CSSProperties = {
  position: 'fixed',
  insetInline: 0,
  bottom: 0,
  zIndex: 1000,
  margin: '0 auto',
  maxWidth: '36rem',
  padding: '0.75rem 1rem',
  background: 'var(--theme-elevation-0, #fff)',
  color: 'var(--theme-text, #000)',
  borderTop: '2px solid var(--theme-success-500, #2f8f4e)',
  boxShadow: '0 -2px 12px rgb(0 0 0 / 20%)',
  overflowWrap: 'anywhere',
}

/**
 * A `ui` field of the media form: while a save carries a file, a panel above the greyed-out form shows
 * percent, bytes, speed and time left. It also lets a phone offer camera or gallery, and sets the kind from
 * the chosen file.
 */
export function UploadProgressField() {
  const { i18n } = useTranslation()
  const progress = useUploadProgress()
  useEffect(() => installUploadProgress(), [])
  useCameraChoice()
  useKindFromFile()
  if (!progress || typeof document === 'undefined') return null
  const { percent, line, rate } = describeUpload(progress, i18n.language)
  return createPortal(
    <div role="status" aria-live="polite" data-testid="upload-progress" style={PANEL}>
      <progress max={100} value={percent} style={{ width: '100%' }} aria-label={line} />
      <p data-testid="upload-progress-text" style={{ margin: '0.25rem 0 0', fontWeight: 600 }}>
        {line}
      </p>
      {rate && (
        <p data-testid="upload-progress-rate" style={{ margin: 0 }}>
          {rate}
        </p>
      )}
      <p style={{ margin: 0, fontSize: '0.85em' }}>{messageIn(i18n.language, MEDIA_FORM_TEXT.keepOpen)}</p>
    </div>,
    document.body,
  )
}
