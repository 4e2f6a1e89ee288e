import { describe, expect, it } from 'vitest'

import { formatVietnamTime } from './formatVietnamTime'

describe('formatVietnamTime', () => {
  it.each([
    ['2026-11-25T07:50:00.000Z', '25/11/2026 14:50'],
    ['2026-12-31T17:05:00.000Z', '01/01/2027 00:05'],
    ['2026-01-02T00:00:00.000Z', '02/01/2026 07:00'],
  ])('shows %s as %s', (iso, shown) => {
    expect(formatVietnamTime(iso)).toBe(shown)
  })

  it('shows nothing for a value that is not a date', () => {
    expect(formatVietnamTime('không phải ngày')).toBe('')
  })
})
