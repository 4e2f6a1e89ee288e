'use client'
import { Button, useAuth, useConfig, useDocumentInfo, useForm, useFormFields, useLocale } from '@payloadcms/ui'
import { useRouter } from 'next/navigation'
import type { FormState } from 'payload'
import { reduceFieldsToValues } from 'payload/shared'
import { useState } from 'react'

import { REVIEW_STATE_LABELS, type ReviewState } from '../../lib/reviewWorkflow'
import { formatVietnamTime } from '../formatVietnamTime'
import { type ReviewButton, reviewButtons } from '../reviewButtons'
import type { TimelineEntry } from '../reviewTimelineField'
import { useMessage } from './useMessage'
import './reviewActions.css'

/**
 * The review panel at the top of a heritage item (first in the sidebar, which comes first on a phone): the
 * stored review state, the note of the move that led to it (labelled with that move and its moment; an older
 * note, e.g. a send-back's after the record was resubmitted, stays in the timeline only), and one button per
 * move this user may make from it. A button saves the whole form with the move — edits are never lost — and
 * the server checks the move again; then the view's server-rendered parts (the public page link) are renewed.
 */
export function ReviewActions() {
  const { id, collectionSlug, savedDocumentData, hasSavePermission, unpublishedVersionCount, hasPublishedDoc } =
    useDocumentInfo()
  const { user } = useAuth()
  const { submit } = useForm()
  const router = useRouter()
  const { code: locale } = useLocale()
  const { language, text } = useMessage()
  const {
    config: {
      routes: { api },
    },
  } = useConfig()
  const serverError = useFormFields(([fields]) =>
    fields.reviewNote?.valid === false ? fields.reviewNote.errorMessage : undefined,
  )
  const [note, setNote] = useState('')
  const [noteError, setNoteError] = useState<string>()
  const [busy, setBusy] = useState(false)

  const state = ((savedDocumentData?.reviewState as ReviewState | undefined) ?? 'draft') as ReviewState
  const history = (savedDocumentData?.reviewTimeline as Partial<TimelineEntry>[] | undefined) ?? []
  const lastMove = history.at(-1)
  const currentNote = lastMove?.note && lastMove.to === state ? lastMove : undefined
  const roles = (user as { roles?: string[] } | null)?.roles ?? []
  const buttons = hasSavePermission
    ? reviewButtons(roles, state, { unpublishedChanges: Boolean(hasPublishedDoc && unpublishedVersionCount > 0) })
    : []

  const makeMove = async (button: ReviewButton) => {
    const label = REVIEW_STATE_LABELS[button.to][language]
    if (button.needsNote && !note.trim()) {
      setNoteError(text('reviewNoteRequired', { to: label }))
      return
    }
    setNoteError(undefined)
    setBusy(true)
    const query = `?locale=${locale}&depth=0&fallback-locale=null${button.save === 'draft' ? '&draft=true' : ''}`
    const move = {
      _status: button.save === 'publish' ? 'published' : 'draft',
      reviewState: button.to,
      reviewNote: note.trim() || null,
    }
    const result = await submit({
      action: `${api}/${collectionSlug}${id ? `/${id}` : ''}${query}`,
      method: id ? 'PATCH' : 'POST',
      // The whole form with the move. (Given as a function: with `{ _status: 'draft' }` as a plain object,
      // Payload hides the fields' errors after a failed draft save, and the missing fields would go unmarked.)
      // (Payload types the function's result as FormData; `createFormData` uses it as the data to send.)
      overrides: (fields: FormState) => ({ ...reduceFieldsToValues(fields, true), ...move }) as unknown as FormData,
      // Drafts are checked on the server (submitting needs what publishing needs); publishing checks here too.
      skipValidation: button.save !== 'publish',
    })
    setBusy(false)
    if (!result?.res?.ok) return
    setNote('')
    // The document controls (PublicPageLink) are rendered on the server: render them again for the new state.
    if (id) router.refresh()
  }

  return (
    <div className="review-actions" data-review-state={state}>
      <p className="review-actions__state">
        <span className="review-actions__label">{text('reviewState')}: </span>
        <strong>{REVIEW_STATE_LABELS[state][language]}</strong>
      </p>
      {currentNote ? (
        <p className="review-actions__latest">
          <span className="review-actions__label">
            {text('reviewNoteOfMove', {
              to: REVIEW_STATE_LABELS[state][language],
              at: currentNote.at ? formatVietnamTime(currentNote.at) : '',
            })}
            :{' '}
          </span>
          {currentNote.note}
        </p>
      ) : null}
      {buttons.length ? (
        <>
          <label className="review-actions__note">
            <span className="review-actions__label">{text('reviewNote')}</span>
            <textarea
              id="review-actions-note"
              rows={2}
              value={note}
              onChange={(event) => setNote(event.target.value)}
              aria-describedby="review-actions-hint"
            />
            <span id="review-actions-hint" className="field-description">
              {text('reviewNoteHint')}
            </span>
          </label>
          {noteError || serverError ? (
            <p className="review-actions__error" role="alert">
              {noteError ?? serverError}
            </p>
          ) : null}
          <div className="review-actions__buttons">
            {buttons.map((button) => (
              <Button
                key={`${button.label}-${button.to}`}
                buttonStyle={button.save === 'publish' || button.to === 'submitted' ? 'primary' : 'secondary'}
                size="medium"
                margin={false}
                disabled={busy}
                onClick={() => void makeMove(button)}
              >
                {text(button.label)}
              </Button>
            ))}
          </div>
        </>
      ) : null}
    </div>
  )
}
