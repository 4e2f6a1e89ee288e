import { describe, expect, it } from 'vitest'

import { sentMeta } from './batchMeta'

describe('sentMeta', () => {
  it("keeps the contract's keys with a value and drops the rest", () => {
    const meta = { name: 'a.jpg', type: 'image/jpeg', caption: ' Lễ hội ', credit: '', relativePath: null, x: 'y' }
    expect(sentMeta(meta)).toEqual({ name: 'a.jpg', type: 'image/jpeg', caption: 'Lễ hội' })
  })

  it('sends no restriction reason for a public file', () => {
    const meta = { name: 'a.jpg', accessLevel: 'public', accessReason: 'Chỉ cộng đồng' }
    expect(sentMeta(meta)).toEqual({ name: 'a.jpg', accessLevel: 'public' })
    expect(sentMeta({ ...meta, accessLevel: 'community' }).accessReason).toBe('Chỉ cộng đồng')
  })
})
