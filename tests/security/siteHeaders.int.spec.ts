import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import type { Server } from 'node:http'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { serveStatic } from '../../scripts/site/staticServer'
import { headersFile, securityHeaders } from '../../site/src/lib/securityHeaders'
import { sendRaw } from '../helpers/fuzz'

/**
 * Another site that frames the archive's pages (clickjacking) or a browser that sniffs an open-data file as a
 * page: every answer of `npm run site:serve` — pages, errors, redirects — carries the headers the build wrote
 * into `_headers`, and a site built without that file still refuses framing and sniffing.
 */
describe('the public site server sends its security headers on every answer', () => {
  let dir: string
  let server: Server
  let base: string
  beforeAll(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'disanso-headers-'))
    mkdirSync(path.join(dir, 'du-lieu-mo', 'csv'), { recursive: true })
    writeFileSync(path.join(dir, 'index.html'), '<!doctype html><title>Di sản số</title>')
    writeFileSync(path.join(dir, 'du-lieu-mo', 'csv', 'people.csv'), 'name\n<script>alert(1)</script>\n')
    server = serveStatic(() => dir)
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
    base = `http://127.0.0.1:${(server.address() as { port: number }).port}`
  })
  afterAll(async () => {
    server.closeAllConnections()
    await new Promise((resolve) => server.close(resolve))
    rmSync(dir, { recursive: true, force: true })
  })

  const answers = async () =>
    Promise.all(
      [
        ['GET', '/', 200],
        ['GET', '/khong-co/', 404],
        ['GET', '/%', 400],
        ['POST', '/', 405],
        ['GET', '/du-lieu-mo', 301],
      ].map(async ([method, pathname, status]) => {
        const reply = await sendRaw(base, { method: String(method), path: String(pathname), headers: {} })
        expect(reply.status, `${method} ${pathname}`).toBe(status)
        return reply
      }),
    )

  it('refuses framing and sniffing even for a site built without _headers', async () => {
    for (const reply of await answers()) {
      expect(reply.headers['content-security-policy']).toContain("frame-ancestors 'none'")
      expect(reply.headers['x-content-type-options']).toBe('nosniff')
    }
  })

  it('sends the headers of the build on every answer, and open-data CSV as a download', async () => {
    const headers = securityHeaders({ SITE_URL: 'https://disanso.example.vn' }, "default-src 'self'")
    writeFileSync(path.join(dir, '_headers'), headersFile(headers))
    for (const reply of await answers()) {
      expect(reply.headers['content-security-policy']).toBe("default-src 'self'; frame-ancestors 'none'")
      expect(reply.headers['strict-transport-security']).toBe('max-age=31536000; includeSubDomains')
      expect(reply.headers['referrer-policy']).toBe('strict-origin-when-cross-origin')
      expect(reply.headers['permissions-policy']).toContain('geolocation=()')
    }
    const csv = await sendRaw(base, { method: 'GET', path: '/du-lieu-mo/csv/people.csv', headers: {} })
    expect(csv.headers['content-disposition']).toBe('attachment')
    expect(csv.headers['content-type']).toBe('text/csv; charset=utf-8')
  })
})
