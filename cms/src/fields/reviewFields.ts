import type { Field } from 'payload'

import { staffOnly } from '../access/staffOnly'
import { REVIEW_STATE_LABELS, REVIEW_STATES } from '../lib/reviewWorkflow'

const stateOptions = REVIEW_STATES.map((value) => ({ value, label: REVIEW_STATE_LABELS[value] }))

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
    admin: { position: 'sidebar' },
  },
  {
    name: 'reviewNote',
    type: 'textarea',
    access: { read: staffOnly },
    label: { vi: 'Ghi chú thẩm định', en: 'Review note' },
    admin: {
      position: 'sidebar',
      description: { vi: 'Lưu vào lịch sử khi đổi trạng thái', en: 'Saved into the history when the state changes' },
    },
  },
  {
    name: 'reviewHistory',
    type: 'array',
    access: { read: staffOnly },
    label: { vi: 'Lịch sử thẩm định', en: 'Review history' },
    labels: { singular: { vi: 'Lần chuyển', en: 'Move' }, plural: { vi: 'Lịch sử thẩm định', en: 'Review history' } },
    admin: { readOnly: true, initCollapsed: true },
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
