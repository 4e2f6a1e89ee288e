'use client'
import type { ProcessingView } from '../components/useProcessing'
import { PROCESSING_STATUSES } from '../messages'

type Lang = 'vi' | 'en'
type Props = {
  mediaId: string
  filename: string
  adminRoute: string
  lang: Lang
  openLabel: string
  /** The record's processing state, asked for with the batch's others (`useBatchProcessing`). */
  processing: ProcessingView['processing'] | undefined
}

/** One finished file: its name, a link to its media record and the record's processing state as it moves. */
export function FinishedUpload({ mediaId, filename, adminRoute, lang, openLabel, processing }: Props) {
  const status = processing?.status ?? 'queued'
  const label = PROCESSING_STATUSES[status as keyof typeof PROCESSING_STATUSES]?.[lang] ?? status
  const percent = Math.round(processing?.percent ?? 0)
  return (
    <li data-testid="upload-finished" data-media-id={mediaId} data-status={status}>
      <strong>{filename}</strong> —{' '}
      <a href={`${adminRoute}/collections/media/${mediaId}`} data-testid="upload-finished-link">
        {openLabel}
      </a>{' '}
      <span data-testid="upload-finished-status">
        {label}
        {status === 'failed' ? '' : ` ${percent} %`}
      </span>
    </li>
  )
}
