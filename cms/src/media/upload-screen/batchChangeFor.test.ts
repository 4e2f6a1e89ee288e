import { describe, expect, it } from 'vitest'

import { batchChangeFor } from './batchChangeFor'
import { EMPTY_BATCH } from './batchMeta'

describe('a change of the batch details, on one file', () => {
  const before = { ...EMPTY_BATCH, caption: 'Lễ hội', recordedWhere: '1' }
  it('reaches a file that kept the batch values', () => {
    expect(batchChangeFor(before, { ...before, recordedWhere: '2' }, { ...before })).toEqual({ recordedWhere: '2' })
  })
  it('leaves the details adjusted on that file, and changes only what changed', () => {
    const adjusted = { ...before, recordedWhere: '7', accessLevel: 'public' }
    expect(batchChangeFor(before, { ...before, recordedWhere: '2', caption: 'Lễ mừng lúa mới' }, adjusted)).toEqual({
      caption: 'Lễ mừng lúa mới',
    })
  })
  it('treats a detail the file never had as the empty batch value', () => {
    expect(batchChangeFor(EMPTY_BATCH, { ...EMPTY_BATCH, credit: 'Phòng Văn hóa' }, {})).toEqual({
      credit: 'Phòng Văn hóa',
    })
  })
})
