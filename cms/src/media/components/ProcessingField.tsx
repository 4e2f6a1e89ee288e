'use client'
import type { Files, NamedRole } from '@di-san-so/media-pipeline'
import { useDocumentInfo, useTranslation } from '@payloadcms/ui'
import { useState } from 'react'

import { PROCESSING_ERRORS, PROCESSING_STATUSES, PROCESSING_STEPS } from '../messages'
import { isActive, useProcessing } from './useProcessing'

type Lang = 'vi' | 'en'
const pick = <T extends Record<string, { vi: string; en: string }>>(
  table: T,
  key: string | null | undefined,
  lang: Lang,
) => (key && key in table ? table[key as keyof T]?.[lang] : undefined)

const TEXT = {
  title: { vi: 'Xử lý tệp', en: 'File processing' },
  notYet: { vi: 'Tệp sẽ được xử lý ngay sau khi lưu.', en: 'The file is processed as soon as it is saved.' },
  again: { vi: 'Xử lý lại', en: 'Process again' },
  detail: { vi: 'Chi tiết kỹ thuật', en: 'Technical detail' },
  checksum: { vi: 'SHA-256 bản gốc', en: 'SHA-256 of the original' },
  files: { vi: 'Tệp phái sinh', en: 'Derivatives' },
}

/** The derivatives with a name of their own, as the officer reads them (image sizes are counted). */
const ROLE_LABELS: Record<NamedRole, { vi: string; en: string }> = {
  webMp4: { vi: 'Video MP4 (xem ngay)', en: 'Playable MP4' },
  hlsMaster: { vi: 'Luồng HLS (danh sách chính)', en: 'HLS master playlist' },
  poster: { vi: 'Ảnh đại diện', en: 'Poster frame' },
  sprite: { vi: 'Ảnh xem trước khi tua', en: 'Scrubbing sprite' },
  spriteVtt: { vi: 'WebVTT của ảnh xem trước', en: 'Sprite WebVTT' },
  mp3: { vi: 'Âm thanh MP3', en: 'MP3 audio' },
  opus: { vi: 'Âm thanh Opus', en: 'Opus audio' },
  waveform: { vi: 'Sóng âm (JSON)', en: 'Waveform (JSON)' },
}

/**
 * The sidebar panel of a media record: status, one progress bar with the current step, the error in the
 * officer's language, checksum, the derivatives as they appear (the MP4 plays here), and "process again".
 */
export function ProcessingField() {
  const { id } = useDocumentInfo()
  const { i18n } = useTranslation()
  const lang: Lang = i18n.language === 'en' ? 'en' : 'vi'
  const { view, refresh } = useProcessing(id ?? undefined)
  const [message, setMessage] = useState<string>()
  if (id == null) return <p className="field-description">{TEXT.notYet[lang]}</p>
  const processing = view?.processing
  const status = processing?.status ?? 'queued'
  const percent = Math.round(processing?.percent ?? 0)
  const files = (view?.derivatives ?? {}) as Files
  const url = (file: string) => `/api/media/${id}/derivatives/${file}`
  const named = Object.keys(files).filter((key): key is NamedRole => Object.hasOwn(ROLE_LABELS, key))
  const imageCount = Object.keys(files).filter((key) => key.startsWith('image-')).length

  const again = async () => {
    const response = await fetch(`/api/media/${id}/process`, { method: 'POST', credentials: 'include' })
    setMessage(((await response.json()) as { message?: string }).message)
    await refresh()
  }

  return (
    <div className="field-type" data-testid="media-processing" data-status={status}>
      <h4 style={{ margin: '0 0 0.5rem' }}>{TEXT.title[lang]}</h4>
      <p data-testid="media-processing-status">
        <strong>{pick(PROCESSING_STATUSES, status, lang)}</strong>
        {isActive(status) && processing?.step ? ` — ${pick(PROCESSING_STEPS, processing.step, lang)}` : ''}
      </p>
      {status !== 'failed' && (
        <p>
          <progress max={100} value={percent} aria-label={TEXT.title[lang]} style={{ width: '75%' }} />{' '}
          <span data-testid="media-processing-percent">{percent} %</span>
        </p>
      )}
      {processing?.errorCode && (
        <div role="alert" data-testid="media-processing-error" style={{ color: 'var(--theme-error-500)' }}>
          <p>{pick(PROCESSING_ERRORS, processing.errorCode, lang) ?? processing.errorCode}</p>
          {processing.errorDetail && (
            <details>
              <summary>{TEXT.detail[lang]}</summary>
              <code style={{ wordBreak: 'break-word' }}>{processing.errorDetail}</code>
            </details>
          )}
        </div>
      )}
      {files.webMp4 && (
        // biome-ignore lint/a11y/useMediaCaption: a preview for the officer; captions are attached to the record
        <video
          controls
          preload="metadata"
          src={url(files.webMp4)}
          poster={files.poster ? url(files.poster) : undefined}
          style={{ width: '100%', margin: '0.5rem 0' }}
          data-testid="media-preview"
        />
      )}
      {(named.length > 0 || imageCount > 0) && (
        <>
          <h5 style={{ margin: '0.75rem 0 0.25rem' }}>{TEXT.files[lang]}</h5>
          <ul data-testid="media-derivatives" style={{ paddingLeft: '1rem' }}>
            {named.map((key) => (
              <li key={key}>
                <a href={url(files[key] ?? '')} target="_blank" rel="noreferrer">
                  {ROLE_LABELS[key][lang]}
                </a>
              </li>
            ))}
            {imageCount > 0 && (
              <li>
                {imageCount} {lang === 'vi' ? 'ảnh cho web (AVIF, WebP, JPEG)' : 'web images (AVIF, WebP, JPEG)'}
              </li>
            )}
          </ul>
        </>
      )}
      {view?.sha256 && (
        <p style={{ wordBreak: 'break-all' }}>
          {TEXT.checksum[lang]}: <code data-testid="media-sha256">{view.sha256}</code>
        </p>
      )}
      {!isActive(status) && (
        <button type="button" className="btn btn--style-secondary btn--size-small" onClick={() => void again()}>
          {TEXT.again[lang]}
        </button>
      )}
      {message && <p role="status">{message}</p>}
    </div>
  )
}
