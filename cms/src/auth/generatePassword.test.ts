import { randomBytes } from 'node:crypto'

import { describe, expect, it } from 'vitest'

import { generatePassword } from './generatePassword'

describe('generatePassword', () => {
  it('draws again when a draw has no digit, so the password policy always accepts it', () => {
    // 18 bytes of 0x00 encode as 24 "A"s: no digit. The second draw is random.
    const draws: Buffer[] = [Buffer.alloc(18), Buffer.from('7'.repeat(18))]
    const password = generatePassword((size) => draws.shift() ?? randomBytes(size))
    expect(password).not.toBe('A'.repeat(24))
    expect(password).toMatch(/^[\w-]{24}$/)
    expect(password).toMatch(/\d/)
    expect(password).toMatch(/[a-z]/i)
  })

  it('always has 24 URL-safe characters with a letter and a digit', () => {
    for (let i = 0; i < 2000; i++) {
      const password = generatePassword()
      expect(password).toMatch(/^[\w-]{24}$/)
      expect(password).toMatch(/\d/)
      expect(password).toMatch(/[a-z]/i)
    }
  })
})
