import { describe, expect, it } from 'vitest'

import { effectiveMediaAccess } from './effectiveAccess'

describe('effectiveMediaAccess', () => {
  it.each([
    ['public', [], 'public'],
    ['restricted', [], 'restricted'],
    [null, [], 'restricted'],
    ['public', [{ accessLevel: 'public', published: true }], 'public'],
    ['public', [{ accessLevel: 'restricted', published: true }], 'restricted'],
    [
      'public',
      [
        { accessLevel: 'community', published: true },
        { accessLevel: 'public', published: true },
      ],
      'public',
    ],
    ['public', [{ accessLevel: 'public', published: false }], 'restricted'],
    ['restricted', [{ accessLevel: 'public', published: true }], 'restricted'],
    ['community', [{ accessLevel: 'public', published: true }], 'community'],
    [
      'public',
      [
        { accessLevel: 'community', published: true },
        { accessLevel: 'public', published: false },
      ],
      'community',
    ],
  ] as const)('own %s, used by %j → %s', (own, uses, expected) => {
    expect(effectiveMediaAccess(own, uses)).toBe(expected)
  })
})
