import { describe, expect, it } from 'vitest'

import { cspDirectives, headersFile, headersForPath, parseHeadersFile, securityHeaders } from './securityHeaders'

const PAGE = "default-src 'self'; script-src 'self' 'sha256-abc='"

describe('the site security headers', () => {
  it('allow only the site itself, the map tiles and the public Meilisearch when the site is built for it', () => {
    expect(cspDirectives({})).toContain("connect-src 'self'")
    expect(cspDirectives({})).toContain("img-src 'self' data: https://tile.openstreetmap.org")
    const meili = cspDirectives({ PUBLIC_MEILI_URL: 'https://search.example.vn/api', PUBLIC_MEILI_SEARCH_KEY: 'k' })
    expect(meili).toContain("connect-src 'self' https://search.example.vn")
    expect([...cspDirectives({}), ...meili].join(';')).not.toContain('unsafe-inline')
  })

  it('add frame-ancestors to the page policy, and HSTS and upgrade-insecure-requests only over https', () => {
    const http = securityHeaders({ SITE_URL: 'http://localhost:4321' }, `${PAGE};`)
    expect(http['Content-Security-Policy']).toBe(`${PAGE}; frame-ancestors 'none'`)
    expect(http['X-Content-Type-Options']).toBe('nosniff')
    expect(http['Strict-Transport-Security']).toBeUndefined()
    expect(cspDirectives({ SITE_URL: 'http://localhost:4321' })).not.toContain('upgrade-insecure-requests')
    const https = securityHeaders({ SITE_URL: 'https://disanso.example.vn' }, PAGE)
    expect(https['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains')
    expect(cspDirectives({ SITE_URL: 'https://disanso.example.vn' })).toContain('upgrade-insecure-requests')
  })

  it('write a _headers file that reads back to the same headers, CSV downloads as attachments', () => {
    const headers = securityHeaders({}, PAGE)
    const rules = parseHeadersFile(headersFile(headers))
    expect(headersForPath(rules, '/di-san/le-hoi-kate/')).toEqual(headers)
    expect(headersForPath(rules, '/du-lieu-mo/csv/people.csv')).toEqual({
      ...headers,
      'Content-Disposition': 'attachment',
    })
  })
})
