import type { Field } from 'payload'

import { staffOnly } from '../../../access/staffOnly'
import { REVIEW_STATE_LABELS, REVIEW_STATES } from '../../../lib/reviewWorkflow'

const stateOptions = REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] }))

/** The review panel (state, latest note, one button per move this user may make), first in the sidebar. */
export const reviewActionsField = (): Field => ({
  name: 'reviewActions',
  type: 'ui',
  admin: { position: 'sidebar', components: { Field: '/review/components/ReviewActions#ReviewActions' } },
})

/** The editorial state, a note for the next move, and the history every move leaves (see `recordReviewTransition`). */
export const reviewFields = (): Field[] => [
  {
    name: 'reviewState',
    type: 'select',
    required: true,
    defaultValue: 'draft',
    index: true,
    label: { vi: 'Trạng thái thẩm định', en: 'Review state' },
    options: stateOptions,
    // Moved by the review panel's buttons (`reviewActionsField`), never picked by hand: shown, not edited.
    admin: { position: 'sidebar', readOnly: true },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    access: { read: staffOnly },
    label: { vi: 'Ghi chú thẩm định', en: 'Review note' },
    // Written in the review panel with the move it explains; kept in the history.
    admin: { hidden: true },
  },
  {
    name: 'reviewHistory',
    type: 'array',
    access: { read: staffOnly },
    label: { vi: 'Lịch sử thẩm định', en: 'Review history' },
    labels: { singular: { vi: 'Lần chuyển', en: 'Move' }, plural: { vi: 'Lịch sử thẩm định', en: 'Review history' } },
    // Shown as the timeline (`reviewTimelineField`); the server rebuilds it on every save, so the form never sends it.
    admin: { disabled: true },
    fields: [
      { name: 'from', type: 'select', options: stateOptions, label: { vi: 'Từ', en: 'From' } },
      { name: 'to', type: 'select', required: true, options: stateOptions, label: { vi: 'Sang', en: 'To' } },
      { name: 'by', type: 'relationship', relationTo: 'users', label: { vi: 'Người thực hiện', en: 'By' } },
      {
        name: 'at',
        type: 'date',
        required: true,
        label: { vi: 'Lúc', en: 'At' },
        admin: { date: { pickerAppearance: 'dayAndTime' } },
      },
      { name: 'note', type: 'textarea', label: { vi: 'Ghi chú', en: 'Note' } },
    ],
  },
]
