/** Editorial states of a record, in the order a record usually moves through them. */
export const REVIEW_STATES = ['draft', 'submitted', 'changes_requested', 'approved', 'published', 'archived'] as const
export type ReviewState = (typeof REVIEW_STATES)[number]

export const REVIEW_STATE_LABELS: Record<ReviewState, { vi: string; en: string }> = {
  draft: { vi: 'Bản nháp', en: 'Draft' },
  submitted: { vi: 'Đã gửi thẩm định', en: 'Submitted for review' },
  changes_requested: { vi: 'Yêu cầu chỉnh sửa', en: 'Changes requested' },
  approved: { vi: 'Đã duyệt', en: 'Approved' },
  published: { vi: 'Đã xuất bản', en: 'Published' },
  archived: { vi: 'Lưu trữ (ẩn)', en: 'Archived' },
}

/**
 * Which state may follow which. Who may make each move (contributor, reviewer, editor…) is the access
 * layer's business; this graph only says which moves exist at all.
 */
export const REVIEW_TRANSITIONS: Record<ReviewState, readonly ReviewState[]> = {
  draft: ['submitted'],
  submitted: ['changes_requested', 'approved', 'draft'],
  changes_requested: ['submitted', 'draft'],
  approved: ['published', 'changes_requested'],
  published: ['archived', 'changes_requested'],
  archived: ['draft', 'published'],
}

export const canTransition = (from: ReviewState, to: ReviewState): boolean =>
  from === to || REVIEW_TRANSITIONS[from].includes(to)
