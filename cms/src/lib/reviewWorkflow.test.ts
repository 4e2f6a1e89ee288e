import { describe, expect, it } from 'vitest'

import { canTransition, REVIEW_STATES, REVIEW_TRANSITIONS } from './reviewWorkflow'

describe('review workflow', () => {
  it.each([
    ['draft', 'submitted', true],
    ['draft', 'published', false],
    ['draft', 'approved', false],
    ['submitted', 'approved', true],
    ['submitted', 'changes_requested', true],
    ['changes_requested', 'submitted', true],
    ['approved', 'published', true],
    ['published', 'archived', true],
    ['published', 'draft', false],
    ['archived', 'published', true],
    ['approved', 'approved', true],
  ] as const)('%s → %s: %s', (from, to, allowed) => {
    expect(canTransition(from, to)).toBe(allowed)
  })

  it('reaches every state from a draft', () => {
    const seen = new Set<string>(['draft'])
    const queue = ['draft'] as (typeof REVIEW_STATES)[number][]
    while (queue.length)
      for (const next of REVIEW_TRANSITIONS[queue.shift() ?? 'draft'])
        if (!seen.has(next)) seen.add(next) && queue.push(next)
    expect([...seen].sort()).toEqual([...REVIEW_STATES].sort())
  })
})
