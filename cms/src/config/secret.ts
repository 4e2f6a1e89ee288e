import { randomBytes } from 'node:crypto'
import { chmodSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'

import { ConfigError } from './ConfigError'
import type { Env } from './Env'

export const SECRET_FILE_NAME = 'payload-secret'
const MIN_SECRET_LENGTH = 32

/**
 * The key Payload signs sessions with. Production must be given `PAYLOAD_SECRET`; development keeps a
 * generated one in `data/payload-secret` so logins survive restarts. There is no fallback constant.
 */
export function resolvePayloadSecret(env: Env, dir: string): string {
  const given = env.PAYLOAD_SECRET?.trim()
  if (given) {
    if (given.length < MIN_SECRET_LENGTH) {
      throw new ConfigError(
        'PAYLOAD_SECRET',
        `PAYLOAD_SECRET quá ngắn (${given.length} ký tự, cần ít nhất ${MIN_SECRET_LENGTH}) / ` +
          `is too short (${given.length} characters, at least ${MIN_SECRET_LENGTH} needed). ` +
          'Tạo / generate: openssl rand -base64 48',
      )
    }
    return given
  }
  // `next build` loads the config to collect routes but serves nothing: a throwaway key is enough.
  if (env.NEXT_PHASE === 'phase-production-build') return randomBytes(48).toString('base64url')
  if (env.NODE_ENV === 'production') {
    throw new ConfigError(
      'PAYLOAD_SECRET',
      'Thiếu PAYLOAD_SECRET: máy chủ production không khởi động khi không có khóa bí mật / ' +
        'PAYLOAD_SECRET is missing: the production server does not start without it. ' +
        'Tạo / generate: openssl rand -base64 48',
    )
  }
  return readOrCreateSecretFile(path.join(dir, SECRET_FILE_NAME))
}

function readOrCreateSecretFile(file: string): string {
  if (existsSync(file)) {
    const stored = readFileSync(file, 'utf8').trim()
    if (stored.length >= MIN_SECRET_LENGTH) return stored
  }
  mkdirSync(path.dirname(file), { recursive: true })
  const secret = randomBytes(48).toString('base64url')
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  chmodSync(file, 0o600)
  return secret
}
