import type { MESSAGES } from '../i18n/messages'
import { REVIEW_TRANSITIONS, type ReviewState, roleMayMove } from '../lib/reviewWorkflow'

/** How a button saves: a draft save, a publish, or a save that takes the record off the public site. */
export type ReviewSave = 'draft' | 'publish' | 'unpublish'

export type ReviewButton = {
  to: ReviewState
  label: keyof typeof MESSAGES
  save: ReviewSave
  /** The author must be told why (`requireWhatMovesNeed` refuses the move without a note). */
  needsNote: boolean
}

/** The button for each move of the graph (ROLE_MOVES decides who sees it). */
function buttonFor(from: ReviewState, to: ReviewState): ReviewButton {
  const leavesPublic = from === 'published'
  const save: ReviewSave = to === 'published' ? 'publish' : leavesPublic ? 'unpublish' : 'draft'
  const needsNote = to === 'changes_requested'
  const label: ReviewButton['label'] =
    to === 'submitted'
      ? 'reviewSubmit'
      : to === 'changes_requested'
        ? leavesPublic
          ? 'reviewUnpublish'
          : 'reviewSendBack'
        : to === 'approved'
          ? 'reviewApprove'
          : to === 'published'
            ? 'reviewPublish'
            : to === 'archived'
              ? 'reviewArchive'
              : 'reviewToDraft'
  return { to, label, save, needsNote }
}

/**
 * The review buttons someone holding `roles` sees on a record in state `from` (the stored one): one per move
 * the workflow allows and their role may make. A published record with unpublished changes also offers
 * "Publish" again to whoever may publish.
 */
export function reviewButtons(
  roles: readonly string[],
  from: ReviewState,
  { unpublishedChanges = false }: { unpublishedChanges?: boolean } = {},
): ReviewButton[] {
  const buttons = REVIEW_TRANSITIONS[from].filter((to) => roleMayMove(roles, from, to)).map((to) => buttonFor(from, to))
  if (from === 'published' && unpublishedChanges && roleMayMove(roles, 'approved', 'published'))
    buttons.unshift({ to: 'published', label: 'reviewPublish', save: 'publish', needsNote: false })
  return buttons
}
