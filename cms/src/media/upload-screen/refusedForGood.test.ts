import { describe, expect, it } from 'vitest'

import { refusedForGood } from './refusedForGood'

const body = (code: string) => JSON.stringify({ error: { code, message: 'Máy chủ không còn đủ chỗ trống' } })

describe('refusedForGood', () => {
  it('stops retrying a full disk, a quota, a refused type', () => {
    for (const code of ['disk-full', 'quota', 'too-big', 'type-refused', 'forbidden', 'signed-out'])
      expect(refusedForGood(body(code)), code).toBe(true)
  })
  it('retries a cut connection, a proxy page, a transient server error', () => {
    expect(refusedForGood(undefined)).toBe(false)
    expect(refusedForGood('<html>502 Bad Gateway</html>')).toBe(false)
    expect(refusedForGood(body('bad-request'))).toBe(false)
  })
})
