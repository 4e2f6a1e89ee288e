'use client'
import { useField } from '@payloadcms/ui'

import { REVIEW_STATE_LABELS } from '../../lib/reviewWorkflow'
import { formatVietnamTime } from '../formatVietnamTime'
import type { TimelineEntry } from '../reviewTimelineField'
import { useMessage } from './useMessage'
import './reviewActions.css'

/** The review history as a timeline: "Bản nháp → Đã gửi thẩm định", who, when (dd/MM/yyyy HH:mm), the note. */
export function ReviewTimeline({ path }: { path: string }) {
  const { value } = useField<TimelineEntry[] | null>({ path })
  const { language, text } = useMessage()
  const entries = Array.isArray(value) ? [...value].reverse() : []
  return (
    <div className="field-type review-timeline-field">
      <h3 className="review-timeline__title">{text('reviewTimeline')}</h3>
      {entries.length ? (
        <ol className="review-timeline">
          {entries.map((entry) => (
            <li key={`${entry.at}-${entry.to}`}>
              <strong>
                {entry.from ? `${REVIEW_STATE_LABELS[entry.from][language]} → ` : ''}
                {REVIEW_STATE_LABELS[entry.to][language]}
              </strong>
              <div>
                {entry.by ?? text('reviewBySystem')} · <time dateTime={entry.at}>{formatVietnamTime(entry.at)}</time>
              </div>
              {entry.note ? <p className="review-timeline__note">{entry.note}</p> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="field-description">{text('reviewTimelineEmpty')}</p>
      )}
    </div>
  )
}
