import { mkdtempSync, readFileSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { describe, expect, it } from 'vitest'

import { resolvePayloadSecret, SECRET_FILE_NAME } from './secret'
import { secureCookies } from './secureCookies'

const freshDir = () => mkdtempSync(path.join(tmpdir(), 'disanso-secret-'))

describe('resolvePayloadSecret', () => {
  it('refuses to start a production server without PAYLOAD_SECRET', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production' }, freshDir())).toThrow(
      'Thiếu PAYLOAD_SECRET: máy chủ production không khởi động khi không có khóa bí mật / ' +
        'PAYLOAD_SECRET is missing: the production server does not start without it. Tạo / generate: openssl rand -base64 48',
    )
  })

  it('refuses a short secret', () => {
    expect(() => resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: 'changeme' }, freshDir())).toThrow(
      'PAYLOAD_SECRET quá ngắn (8 ký tự, cần ít nhất 32)',
    )
  })

  it('uses the given secret as it is', () => {
    const secret = 'x'.repeat(40)
    expect(resolvePayloadSecret({ NODE_ENV: 'production', PAYLOAD_SECRET: secret }, freshDir())).toBe(secret)
  })

  it('in development generates one secret under data/, readable by the owner only, and keeps it', () => {
    const dir = freshDir()
    const first = resolvePayloadSecret({ NODE_ENV: 'development' }, dir)
    const file = path.join(dir, SECRET_FILE_NAME)
    expect(first).toMatch(/^[\w-]{64}$/)
    expect(readFileSync(file, 'utf8').trim()).toBe(first)
    expect(statSync(file).mode & 0o777).toBe(0o600)
    expect(resolvePayloadSecret({ NODE_ENV: 'development' }, dir)).toBe(first)
    expect(resolvePayloadSecret({ NODE_ENV: 'development' }, freshDir())).not.toBe(first)
  })

  it('during next build uses a throwaway key and writes nothing', () => {
    const dir = freshDir()
    const key = resolvePayloadSecret({ NODE_ENV: 'production', NEXT_PHASE: 'phase-production-build' }, dir)
    expect(key).toHaveLength(64)
    expect(() => statSync(path.join(dir, SECRET_FILE_NAME))).toThrow(/ENOENT/)
  })
})

describe('secureCookies', () => {
  it.each([
    [{}, false],
    [{ SERVER_URL: 'http://localhost:3000' }, false],
    [{ SERVER_URL: 'https://disanso.example.vn' }, true],
    [{ SERVER_URL: 'https://disanso.example.vn', COOKIE_SECURE: 'false' }, false],
    [{ COOKIE_SECURE: 'true' }, true],
  ])('%j → %s', (env, secure) => {
    expect(secureCookies(env)).toBe(secure)
  })
})
