import { describe, expect, it } from 'vitest'

import type { ReviewState } from '../lib/reviewWorkflow'
import { reviewButtons } from './reviewButtons'

const labels = (roles: string[], from: ReviewState, unpublishedChanges = false) =>
  reviewButtons(roles, from, { unpublishedChanges }).map((button) => button.label)

describe('reviewButtons', () => {
  it.each([
    [['contributor'], 'draft', ['reviewSubmit']],
    [['contributor'], 'submitted', []],
    [['contributor'], 'changes_requested', ['reviewSubmit', 'reviewToDraft']],
    [['contributor'], 'approved', []],
    [['reviewer'], 'draft', []],
    [['reviewer'], 'submitted', ['reviewSendBack', 'reviewApprove']],
    [['reviewer'], 'approved', ['reviewPublish', 'reviewSendBack']],
    [['reviewer'], 'published', ['reviewArchive', 'reviewUnpublish']],
    [['editor'], 'submitted', ['reviewToDraft']],
    [['editor'], 'approved', ['reviewPublish']],
    [['editor'], 'published', ['reviewArchive']],
    [['editor'], 'archived', ['reviewToDraft']],
    [['researcher'], 'draft', []],
    [[], 'submitted', []],
  ] as [string[], ReviewState, string[]][])('%j on %s sees %j', (roles, from, expected) => {
    expect(labels(roles, from)).toEqual(expected)
  })

  it('asks for a note to send back or unpublish, and saves the right way', () => {
    const byLabel = Object.fromEntries(
      [...reviewButtons(['reviewer'], 'submitted'), ...reviewButtons(['reviewer'], 'published')].map((button) => [
        button.label,
        button,
      ]),
    )
    expect(byLabel.reviewSendBack).toMatchObject({ to: 'changes_requested', needsNote: true, save: 'draft' })
    expect(byLabel.reviewUnpublish).toMatchObject({ to: 'changes_requested', needsNote: true, save: 'unpublish' })
    expect(byLabel.reviewArchive).toMatchObject({ to: 'archived', needsNote: false, save: 'unpublish' })
    expect(byLabel.reviewApprove).toMatchObject({ to: 'approved', needsNote: false, save: 'draft' })
  })

  it('offers "Publish" again on a published record with unpublished changes, to whoever may publish', () => {
    expect(labels(['editor'], 'published', true)).toEqual(['reviewPublish', 'reviewArchive'])
    expect(labels(['contributor'], 'published', true)).toEqual([])
  })
})
