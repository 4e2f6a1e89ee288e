import type { CollectionConfig } from 'payload'
import { describe, expect, it } from 'vitest'

import { withEffects } from './withEffects'

describe('withEffects', () => {
  it('refuses a collection that has no row in the effects table', () => {
    expect(() => withEffects({ slug: 'lost-and-found', fields: [] })).toThrow(
      '[effects] collection "lost-and-found" has no row in EFFECTS',
    )
  })

  it('adds a row’s hooks after the collection’s own, the audit last', () => {
    const own = async ({ doc }: { doc: unknown }) => doc
    const places = withEffects({ slug: 'places', fields: [], hooks: { afterChange: [own] } } as CollectionConfig)
    expect(places.hooks?.afterChange?.[0]).toBe(own)
    expect(places.hooks?.afterChange).toHaveLength(5)
    expect(places.hooks?.afterChange?.at(-1)?.name).toBe('auditChange')
    expect(withEffects({ slug: 'audit-log', fields: [] }).hooks?.afterChange).toEqual([])
  })
})
