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

type Move = `${ReviewState}>${ReviewState}`

/**
 * The moves each role may make (admins may make every move in the graph). Contributors submit, and take
 * back to a draft what was sent back to them (a record awaiting review is no longer theirs to change: the
 * update rule stops them, so withdrawing a submission is an editor's move); editors submit, publish what was approved and archive; reviewers approve, send back,
 * publish and archive.
 */
export const ROLE_MOVES: Record<'editor' | 'contributor' | 'reviewer', readonly Move[]> = {
  contributor: ['draft>submitted', 'changes_requested>submitted', 'changes_requested>draft'],
  editor: [
    'draft>submitted',
    'changes_requested>submitted',
    'submitted>draft',
    'approved>published',
    'published>archived',
    'archived>draft',
  ],
  reviewer: [
    'submitted>approved',
    'submitted>changes_requested',
    'approved>changes_requested',
    'approved>published',
    'published>changes_requested',
    'published>archived',
  ],
}

/** Whether someone holding `roles` may move a record from one state to another. */
export function roleMayMove(roles: readonly string[], from: ReviewState, to: ReviewState): boolean {
  if (from === to) return true
  if (!canTransition(from, to)) return false
  if (roles.includes('admin')) return true
  return roles.some((role) => (ROLE_MOVES[role as keyof typeof ROLE_MOVES] ?? []).includes(`${from}>${to}`))
}
