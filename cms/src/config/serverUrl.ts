import { ConfigError } from './ConfigError'
import type { Env } from './Env'

const EXAMPLE = 'SERVER_URL=https://disanso.example.gov.vn'

/**
 * The CMS's own public origin (`SERVER_URL`). Sessions are accepted only from pages of this origin (CSRF),
 * CORS answers only it, and https here turns on HSTS and Secure cookies. A production server refuses to
 * start without it: without it a forged request from any site would carry the admin's session.
 */
export function resolveServerUrl(env: Env): string | undefined {
  const raw = env.SERVER_URL?.trim()
  if (!raw) {
    if (env.NEXT_PHASE === 'phase-production-server')
      throw new ConfigError(
        'SERVER_URL',
        'Thiếu SERVER_URL: máy chủ production cần địa chỉ công khai của chính nó để chặn yêu cầu giả mạo từ trang khác / ' +
          `SERVER_URL is missing: the production server needs its own public address to refuse forged cross-site requests. ${EXAMPLE}`,
      )
    return undefined
  }
  let url: URL | undefined
  try {
    url = new URL(raw)
  } catch (error) {
    throw new ConfigError('SERVER_URL', invalid(raw), { cause: error })
  }
  if (!['http:', 'https:'].includes(url.protocol) || url.pathname !== '/' || url.search || url.hash)
    throw new ConfigError('SERVER_URL', invalid(raw))
  return url.origin
}

const invalid = (raw: string) =>
  `SERVER_URL="${raw}" không hợp lệ: cần dạng http(s)://tên-miền[:cổng], không có đường dẫn / ` +
  `is not valid: use http(s)://host[:port], without a path. ${EXAMPLE}`
