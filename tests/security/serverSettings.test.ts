import { describe, expect, it } from 'vitest'

import { ConfigError } from '../../cms/src/config/ConfigError'
import { adminCsp, securityHeaders } from '../../cms/src/config/securityHeaders'
import { resolveServerUrl } from '../../cms/src/config/serverUrl'

describe('SERVER_URL', () => {
  it('is required by a production server: without it any site could forge requests with the admin’s session', () => {
    expect(() => resolveServerUrl({ NEXT_PHASE: 'phase-production-server' })).toThrow(ConfigError)
    expect(() => resolveServerUrl({ NEXT_PHASE: 'phase-production-server' })).toThrow(
      'Thiếu SERVER_URL: máy chủ production cần địa chỉ công khai của chính nó',
    )
    expect(resolveServerUrl({})).toBeUndefined()
  })

  it('is an origin: a path, query or other scheme is refused, a trailing slash dropped', () => {
    expect(resolveServerUrl({ SERVER_URL: 'https://disanso.example.vn/' })).toBe('https://disanso.example.vn')
    for (const bad of ['disanso.example.vn', 'https://disanso.example.vn/admin', 'ftp://x.vn', 'https://x.vn/?a=1'])
      expect(() => resolveServerUrl({ SERVER_URL: bad }), bad).toThrow('SERVER_URL=')
  })
})

describe('security headers', () => {
  it('sends HSTS only when the archive is served over https', () => {
    expect(securityHeaders({ SERVER_URL: 'https://disanso.example.vn' })['Strict-Transport-Security']).toBe(
      'max-age=31536000; includeSubDomains',
    )
    expect(securityHeaders({ SERVER_URL: 'http://localhost:3000' })['Strict-Transport-Security']).toBeUndefined()
    expect(securityHeaders({})).toMatchObject({ 'X-Frame-Options': 'DENY', 'X-Content-Type-Options': 'nosniff' })
  })

  it('lets only scripts with the nonce run on admin pages, and nothing frame them', () => {
    const csp = adminCsp('abc', { NODE_ENV: 'production' })
    expect(csp).toContain("script-src 'self' 'nonce-abc' 'strict-dynamic'")
    expect(csp).not.toContain('unsafe-eval')
    expect(csp).toContain("frame-ancestors 'none'")
    expect(csp).toContain("object-src 'none'")
  })
})
