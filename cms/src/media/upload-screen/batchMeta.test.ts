import { describe, expect, it } from 'vitest'

import { sentMeta } from './batchMeta'

describe('sentMeta', () => {
  it("keeps the contract's keys with a value and drops the rest", () => {
    const meta = { name: 'a.jpg', type: 'image/jpeg', caption: ' Lễ hội ', credit: '', relativePath: null, x: 'y' }
    expect(sentMeta(meta)).toEqual({ name: 'a.jpg', type: 'image/jpeg', caption: 'Lễ hội' })
  })
})
