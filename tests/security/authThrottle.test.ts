import { describe, expect, it } from 'vitest'

import { ACCOUNT_UNDER_ATTACK, createAuthThrottle } from '../../cms/src/auth/authThrottle'
import { clientIp } from '../../cms/src/auth/clientIp'

/** A throttle on a clock the test moves. */
function throttleAt(start = 1_000_000) {
  let time = start
  const throttle = createAuthThrottle({ now: () => time })
  return { throttle, advance: (ms: number) => (time += ms) }
}
const MINUTE = 60_000

describe('login throttle, from the attacker’s seat', () => {
  it('lets one address guess 5 times at an account, then makes it wait 1, 2, 4… minutes, at most an hour', () => {
    const { throttle, advance } = throttleAt()
    for (let guess = 1; guess <= 5; guess += 1) {
      expect(throttle.retryAfterMs('login', '203.0.113.9', 'admin@vi-du.vn')).toBe(0)
      throttle.failed('login', '203.0.113.9', 'admin@vi-du.vn')
    }
    const waits = []
    for (let round = 0; round < 9; round += 1) {
      const wait = throttle.retryAfterMs('login', '203.0.113.9', 'admin@vi-du.vn')
      waits.push(wait / MINUTE)
      advance(wait)
      throttle.failed('login', '203.0.113.9', 'admin@vi-du.vn')
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60])
  })

  it('never locks the account itself: a fresh address passes while the attacker waits', () => {
    const { throttle } = throttleAt()
    for (let guess = 1; guess <= 10; guess += 1) throttle.failed('login', '203.0.113.9', 'admin@vi-du.vn')
    expect(throttle.retryAfterMs('login', '203.0.113.9', 'admin@vi-du.vn')).toBeGreaterThan(0)
    expect(throttle.retryAfterMs('login', '198.51.100.7', 'admin@vi-du.vn')).toBe(0)
  })

  it('slows guesses spread over many addresses: once under attack, each address gets one failure', () => {
    const { throttle } = throttleAt()
    for (let n = 0; n < ACCOUNT_UNDER_ATTACK; n += 1) throttle.failed('login', `10.0.${n}.1`, 'admin@vi-du.vn')
    throttle.failed('login', '10.9.9.9', 'admin@vi-du.vn')
    expect(throttle.retryAfterMs('login', '10.9.9.9', 'admin@vi-du.vn')).toBe(MINUTE)
    // …but the owner, from an address that has not failed, still gets in on the first try.
    expect(throttle.retryAfterMs('login', '192.0.2.1', 'admin@vi-du.vn')).toBe(0)
  })

  it('stops one address guessing across many accounts (password spraying)', () => {
    const { throttle } = throttleAt()
    for (let n = 0; n < 30; n += 1) throttle.failed('login', '203.0.113.9', `nguoi-${n}@vi-du.vn`)
    expect(throttle.retryAfterMs('login', '203.0.113.9', 'nguoi-moi@vi-du.vn')).toBe(MINUTE)
  })

  it('forgives a correct password, and an admin’s unlock forgives everyone', () => {
    const { throttle } = throttleAt()
    for (let guess = 1; guess <= 4; guess += 1) throttle.failed('login', '192.0.2.1', 'bien-tap@vi-du.vn')
    throttle.succeeded('login', '192.0.2.1', 'bien-tap@vi-du.vn')
    throttle.failed('login', '192.0.2.1', 'bien-tap@vi-du.vn')
    expect(throttle.retryAfterMs('login', '192.0.2.1', 'bien-tap@vi-du.vn')).toBe(0)
    for (let guess = 1; guess <= 6; guess += 1) throttle.failed('login', '203.0.113.9', 'bien-tap@vi-du.vn')
    throttle.forgetAccount('bien-tap@vi-du.vn')
    expect(throttle.retryAfterMs('login', '203.0.113.9', 'bien-tap@vi-du.vn')).toBe(0)
  })

  it('keeps forgot-password tighter: 3 per account and address', () => {
    const { throttle } = throttleAt()
    for (let ask = 1; ask <= 3; ask += 1) throttle.failed('forgotPassword', '203.0.113.9', 'admin@vi-du.vn')
    expect(throttle.retryAfterMs('forgotPassword', '203.0.113.9', 'admin@vi-du.vn')).toBe(MINUTE)
    expect(throttle.retryAfterMs('login', '203.0.113.9', 'admin@vi-du.vn')).toBe(0)
  })
})

describe('client address', () => {
  const headers = (values: Record<string, string>) => new Headers(values)

  it('ignores headers a client can write unless a proxy is trusted to overwrite one', () => {
    // Without CLIENT_IP_HEADER, X-Forwarded-For is what Next.js wrote from the socket (the client's own is dropped).
    const request = headers({ 'x-forwarded-for': '127.0.0.1', 'x-real-ip': '198.51.100.1' })
    expect(clientIp(request, undefined)).toBe('127.0.0.1')
    expect(clientIp(request, 'X-Real-IP')).toBe('198.51.100.1')
    expect(clientIp(headers({}), undefined)).toBe('unknown')
  })
})
