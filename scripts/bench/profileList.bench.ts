import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { Session } from 'node:inspector/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'

import { createLocalReq, getAccessResults } from 'payload'
import { afterAll, describe, expect, it } from 'vitest'

import { changeMedia } from '../../cms/src/access/mediaScope'

import { bareConfig } from './api/bareConfig'
import { type BenchArchive, benchArchive } from './api/benchArchive'
import { archiveAtScale } from './archiveAtScale'

// Profiling aid (issue 13 part 8, round 2): one config (PROFILE_CONFIG=ours|bare) answering PROFILE_ROUNDS
// anonymous lists of 20 (REST then GraphQL), one at a time, so `NODE_OPTIONS=--cpu-prof` shows per-record cost.
const ROUNDS = Number(process.env.PROFILE_ROUNDS ?? 40)

describe('profile: anonymous lists of 20', () => {
  const dir = mkdtempSync(path.join(process.env.BENCH_DIR ?? tmpdir(), 'disanso-profile-'))
  let archive: BenchArchive | undefined
  afterAll(async () => {
    await archive?.stop()
    rmSync(dir, { recursive: true, force: true })
  })

  it('lists', async () => {
    const scaled = await archiveAtScale({ items: 10_000, media: 20_000 })
    const bare = process.env.PROFILE_CONFIG === 'bare'
    archive = await benchArchive(
      bare ? 'bare' : 'ours',
      scaled.file,
      path.join(dir, 'a'),
      bare ? bareConfig : undefined,
    )
    const a = archive
    const queries = new Map<string, { n: number; ms: number }>()
    if (process.env.PROFILE_SQL) {
      const client = (a.payload.db as unknown as { client: { execute: (...args: unknown[]) => Promise<unknown> } })
        .client
      const execute = client.execute.bind(client)
      client.execute = async (...args: unknown[]) => {
        const first = args[0] as string | { sql: string }
        const sql = typeof first === 'string' ? first : first.sql
        if (process.env.PROFILE_STACK && sql.startsWith(process.env.PROFILE_STACK)) {
          console.log(`[stack] ${new Error().stack}`)
          process.env.PROFILE_STACK = ''
        }
        const start = performance.now()
        try {
          return await execute(...args)
        } finally {
          const entry = queries.get(sql) ?? { n: 0, ms: 0 }
          entry.n++
          entry.ms += performance.now() - start
          queries.set(sql, entry)
        }
      }
    }
    const out = process.env.PROFILE_OUT
    const time = async (label: string, ask: () => Promise<{ status: number; text: string }>) => {
      expect((await ask()).status).toBe(200)
      const session = new Session()
      if (out) {
        session.connect()
        await session.post('Profiler.enable')
        await session.post('Profiler.start')
      }
      const start = performance.now()
      const clients = Number(process.env.PROFILE_CLIENTS ?? 1)
      await Promise.all(
        Array.from({ length: clients }, async () => {
          for (let round = 0; round < ROUNDS / clients; round++) expect((await ask()).status).toBe(200)
        }),
      )
      console.log(`[profile] ${a.name} ${label}: ${((performance.now() - start) / ROUNDS).toFixed(1)} ms per list`)
      for (const [sql, { n, ms }] of [...queries].sort((x, y) => y[1].ms - x[1].ms).slice(0, 12))
        console.log(`[sql] ${(n / ROUNDS).toFixed(1)}x ${(ms / ROUNDS).toFixed(1)}ms ${sql.slice(0, 400)}`)
      queries.clear()
      if (out) {
        const { profile } = await session.post('Profiler.stop')
        writeFileSync(`${out}-${label.split(' ')[0]}.cpuprofile`, JSON.stringify(profile))
        session.disconnect()
      }
    }
    if (process.env.PROFILE_PERMS) {
      const province = (
        await a.payload.find({ collection: 'places', where: { name: { equals: 'tỉnh Gia Lai' } }, depth: 0 })
      ).docs[0]?.id
      // The first account of an archive is made an admin (first-register): make that one first.
      await a.payload.create({
        collection: 'users',
        data: { email: 'admin@bench.vi-du.vn', password: 'mot-mat-khau-dai-2026', roles: ['admin'] } as never,
        overrideAccess: true,
        context: { skipAudit: true },
      })
      const editor = await a.payload.create({
        collection: 'users',
        data: {
          email: 'editor@bench.vi-du.vn',
          password: 'mot-mat-khau-dai-2026',
          roles: ['editor'],
          provinces: [province],
        } as never,
        overrideAccess: true,
        context: { skipAudit: true },
      })
      for (let round = 0; round < 6; round++) {
        const req = await createLocalReq({ user: { ...editor, collection: 'users' } as never }, a.payload)
        const start = performance.now()
        const answer = await changeMedia({ req })
        const asked = performance.now() - start
        const permsStart = performance.now()
        await getAccessResults({
          req: await createLocalReq({ user: { ...editor, collection: 'users' } as never }, a.payload),
        })
        console.log(
          `[perms] changeMedia ${asked.toFixed(0)} ms (${typeof answer === 'object' ? JSON.stringify(answer).length : answer} chars); all permissions ${(performance.now() - permsStart).toFixed(0)} ms`,
        )
      }
    }
    for (const [sql, { n, ms }] of [...queries].sort((x, y) => y[1].ms - x[1].ms).slice(0, 12))
      console.log(`[sql] ${n}x ${ms.toFixed(1)}ms ${sql.slice(0, 600)}`)
    queries.clear()
    await time('REST list of 20', () => a.api.request('/api/heritage-items?limit=20'))
    await time('GraphQL list of 20', () =>
      a.graphql('{ HeritageItems(limit: 20) { totalDocs docs { id title summary kind slug } } }', undefined),
    )
  })
})
