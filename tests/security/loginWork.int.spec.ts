import crypto from 'node:crypto'

import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest'

import { startTestArchive, type TestArchive } from '../helpers/testArchive'

const PASSWORD = 'mot-mat-khau-dai-2026'

/**
 * Which accounts exist must not show in how long a login takes (issue 12, hole 8: 5–18 ms for an unknown
 * account, 107–185 ms for a real one). Timing on a loaded machine is noise, so this asserts the cause: a
 * login for an unknown account does the same password-hash work (PBKDF2, same iterations and key length)
 * as a wrong password for a real one, and gets the same error.
 */
describe('login work for unknown and real accounts', () => {
  let archive: TestArchive
  let payload: Payload

  beforeAll(async () => {
    archive = await startTestArchive()
    payload = archive.payload
    await payload.create({
      collection: 'users',
      data: { email: 'can-bo@vi-du.vn', password: PASSWORD, roles: ['editor'] },
    })
  })

  afterAll(async () => {
    await archive?.stop()
  })

  /** Tries a login and returns the PBKDF2 calls it made (iterations, key length) and the error it got. */
  async function attempt(email: string) {
    const spy = vi.spyOn(crypto, 'pbkdf2')
    const error = await payload.login({ collection: 'users', data: { email, password: 'sai-mat-khau-2026' } }).then(
      () => null,
      (failure: { status?: number; message?: string }) => ({ status: failure.status, message: failure.message }),
    )
    const work = spy.mock.calls.map(([, , iterations, keyLength, digest]) => ({ iterations, keyLength, digest }))
    spy.mockRestore()
    return { work, error }
  }

  it('hashes the password just as much for an unknown account as for a real one, and fails the same way', async () => {
    const real = await attempt('can-bo@vi-du.vn')
    const unknown = await attempt('khong-ai-ca@vi-du.vn')
    expect(real.work.length).toBeGreaterThan(0)
    expect(unknown.work).toEqual(real.work)
    expect(unknown.error).toEqual(real.error)
    expect(real.error?.status).toBe(401)
  })
})
