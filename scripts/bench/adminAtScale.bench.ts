import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { afterAll, describe, expect, it } from 'vitest'

import { type CmsServer, startCmsServer } from '../../tests/helpers/cmsServer'
import { call, login } from '../../tests/helpers/http'
import { archiveAtScale, copyArchive } from './archiveAtScale'

// The admin's own pages on the production server (`next start`, needs `npm run cms:build`) at archive size:
// the list views, a filter and the edit view, as an editor and a reviewer of a province, p50/p95 of the whole
// server-rendered page. No baseline here (a bare config would need a second build): apiAtScale.bench.ts
// compares the queries these pages make with bare Payload's.
const ITEMS = Number(process.env.BENCH_ITEMS ?? 10_000)
const MEDIA = Number(process.env.BENCH_MEDIA ?? 20_000)
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 10)
const PASSWORD = 'mot-mat-khau-dai-2026'

const percentile = (sorted: number[], p: number): number =>
  sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? Number.NaN

describe('admin pages at archive size (production server)', () => {
  const dir = mkdtempSync(path.join(process.env.BENCH_DIR ?? tmpdir(), 'disanso-adminbench-'))
  let server: CmsServer | undefined
  afterAll(async () => {
    await server?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it(`${ITEMS} items, ${MEDIA} media`, async () => {
    const scaled = await archiveAtScale({ items: ITEMS, media: MEDIA })
    const file = copyArchive(scaled.file, dir)
    server = await startCmsServer({ DATABASE_URL: `file:${file}` })
    const url = server.url
    const admin = await call(`${url}/api/users/first-register`, {
      method: 'POST',
      body: { email: 'admin@bench.vi-du.vn', password: PASSWORD, 'confirm-password': PASSWORD, roles: ['admin'] },
    })
    expect(admin.status, admin.text).toBe(200)
    const adminCookie = (await login(url, 'admin@bench.vi-du.vn', PASSWORD)).cookie
    const places = await call(`${url}/api/places?where[name][equals]=${encodeURIComponent('tỉnh Gia Lai')}&depth=0`, {
      cookie: adminCookie,
    })
    const province = (places.json().docs as { id: number }[])[0]?.id
    const items = await call(`${url}/api/heritage-items?where[owningProvince][equals]=${province}&depth=0&limit=1`, {
      cookie: adminCookie,
    })
    const itemId = (items.json().docs as { id: number }[])[0]?.id
    const rows: string[] = []
    for (const seat of ['editor', 'reviewer'] as const) {
      const email = `${seat}@bench.vi-du.vn`
      const made = await call(`${url}/api/users`, {
        method: 'POST',
        cookie: adminCookie,
        body: { email, password: PASSWORD, roles: [seat], provinces: [province] },
      })
      expect(made.status, made.text).toBe(201)
      const cookie = (await login(url, email, PASSWORD)).cookie
      for (const [label, page, expected] of [
        ['list: heritage items', '/admin/collections/heritage-items', 'Di sản'],
        [
          'list: heritage items, filter kind',
          '/admin/collections/heritage-items?where[kind][equals]=festival',
          'Di sản',
        ],
        ['list: media', '/admin/collections/media', 'Tư liệu'],
        ['edit view: heritage item', `/admin/collections/heritage-items/${itemId}`, 'Di sản'],
      ] as const) {
        const times: number[] = []
        await call(`${url}${page}`, { cookie }) // warm
        for (let round = 0; round < ROUNDS; round++) {
          const start = performance.now()
          const reply = await call(`${url}${page}`, { cookie })
          times.push(performance.now() - start)
          expect(reply.status, reply.text.slice(0, 300)).toBe(200)
          expect(reply.text).toContain(expected)
        }
        times.sort((a, b) => a - b)
        const row = `admin page ${label.padEnd(36)} ${seat.padEnd(9)} | p50 ${percentile(times, 0.5).toFixed(0).padStart(6)} p95 ${percentile(times, 0.95).toFixed(0).padStart(6)} ms`
        console.log(row)
        rows.push(row)
      }
    }
    console.log(`\n[bench] admin pages, ${ITEMS} items / ${MEDIA} media, ${ROUNDS} rounds\n${rows.join('\n')}`)
  })
})
