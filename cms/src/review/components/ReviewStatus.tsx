'use client'
import { useDocumentInfo } from '@payloadcms/ui'

import { REVIEW_STATE_LABELS, type ReviewState } from '../../lib/reviewWorkflow'
import { useMessage } from './useMessage'

/** The header's status: the review state (one status to trust), not Payload's draft/published pair. */
export function ReviewStatus() {
  const { savedDocumentData, hasPublishedDoc, unpublishedVersionCount } = useDocumentInfo()
  const { language, text } = useMessage()
  const state = ((savedDocumentData?.reviewState as ReviewState | undefined) ?? 'draft') as ReviewState
  const changed = state === 'published' && hasPublishedDoc && unpublishedVersionCount > 0
  return (
    <div className="status review-status" data-review-state={state}>
      <p className="status__label">{text('reviewState')}:</p>
      <p className="status__value-wrap">
        <span className="status__value">{REVIEW_STATE_LABELS[state][language]}</span>
        {changed ? <span> ({text('reviewUnpublishedChanges')})</span> : null}
      </p>
    </div>
  )
}
