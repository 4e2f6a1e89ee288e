'use client'
import { useTranslation } from '@payloadcms/ui'
import type { DefaultCellComponentProps } from 'payload'

import type { Media } from '../../payload-types'
import { PROCESSING_STATUSES } from '../messages'
import { isActive, useProcessing } from './useProcessing'

/** The list column: status and percent, refreshed every 2 s while the file is queued or running. */
export function ProcessingCell({ cellData, rowData }: DefaultCellComponentProps) {
  const { i18n } = useTranslation()
  const lang = i18n.language === 'en' ? 'en' : 'vi'
  const initial = cellData as Media['processing']
  const { view } = useProcessing(rowData.id as string | number, { processing: initial }, 2000)
  const status = view?.processing?.status ?? initial?.status
  if (!status) return <span>—</span>
  const label = PROCESSING_STATUSES[status as keyof typeof PROCESSING_STATUSES]?.[lang] ?? status
  return (
    <span data-testid="media-processing-cell" data-status={status}>
      {label}
      {isActive(status) ? ` ${Math.round(view?.processing?.percent ?? 0)} %` : ''}
    </span>
  )
}
