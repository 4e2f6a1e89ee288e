import { describe, expect, it } from 'vitest'

import { diffDocs } from './diffDocs'

describe('diffDocs', () => {
  it('lists changed fields with before and after, ignoring timestamps and secrets', () => {
    expect(
      diffDocs(
        {
          id: 1,
          title: 'Cũ',
          accessLevel: 'restricted',
          updatedAt: 'a',
          hash: 'x',
          people: [{ person: 3, role: 'elder' }],
        },
        {
          id: 1,
          title: 'Mới',
          accessLevel: 'public',
          updatedAt: 'b',
          hash: 'y',
          people: [{ person: { id: 3, createdAt: 'z', name: 'A' }, role: 'elder' }],
        },
      ),
    ).toEqual([
      { field: 'accessLevel', before: 'restricted', after: 'public' },
      { field: 'title', before: 'Cũ', after: 'Mới' },
    ])
  })

  it('treats a created document as every field from nothing, and clips long values', () => {
    const changes = diffDocs(undefined, { title: 'A', description: 'x'.repeat(600), password: 'secret' })
    expect(changes.map((change) => change.field)).toEqual(['description', 'title'])
    expect(String(changes[0]?.after)).toHaveLength(501)
    expect(JSON.stringify(changes)).not.toContain('secret')
  })
})
