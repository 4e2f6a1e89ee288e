import { createLocalReq } from 'payload'
import { afterAll, beforeAll, describe, it } from 'vitest'

import { loadDashboard } from '../../cms/src/dashboard/loadDashboard'
import { loadProgramme } from '../../cms/src/dashboard/loadProgramme'
import type { User } from '../../cms/src/payload-types'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'
import { startTestArchive, type TestArchive } from '../../tests/helpers/testArchive'

// The role dashboard and the programme figures on an archive of BENCH_ITEMS (default 2000) extra heritage
// items, against the raw query for the same rows (admin, no access rules, same select) in the same run.
const ITEMS = Number(process.env.BENCH_ITEMS || 2000)
const ROUNDS = Number(process.env.BENCH_ROUNDS || 3)
const KINDS = ['festival', 'ritual', 'performing_art', 'oral_tradition', 'traditional_knowledge', 'craft'] as const

const median = async (work: () => Promise<unknown>): Promise<number> => {
  const times: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    const start = performance.now()
    await work()
    times.push(performance.now() - start)
  }
  return times.sort((a, b) => a - b)[Math.floor(times.length / 2)] ?? 0
}

describe(`dashboard on ${ITEMS} extra items`, () => {
  let archive: TestArchive
  const users: Record<string, User> = {}
  beforeAll(async () => {
    archive = await startTestArchive()
    const { payload } = archive
    await seedDemoContent(payload)
    const places = (
      await payload.find({
        collection: 'places',
        where: { and: [{ type: { equals: 'province' } }, { validTo: { exists: false } }] },
        limit: 4,
      })
    ).docs
    const groups = (await payload.find({ collection: 'ethnic-groups', limit: 4 })).docs
    for (let i = 0; i < ITEMS; i++)
      await payload.create({
        collection: 'heritage-items',
        overrideAccess: true,
        draft: false,
        context: { skipSearchSync: true, skipMediaJobs: true, skipAudit: true },
        data: {
          _status: 'published',
          reviewState: 'published',
          title: `Bản ghi thử ${i}`,
          summary: 'Tóm tắt.',
          kind: KINDS[i % KINDS.length],
          ethnicGroups: [groups[i % groups.length]?.id],
          owningProvince: places[i % places.length]?.id,
          accessLevel: 'public',
          consent: { status: i % 2 ? 'given' : 'pending' },
          rights: { licence: 'cc-by-4.0' },
        } as never,
      })
    for (const [name, roles, provinces] of [
      ['admin', ['admin'], []],
      ['reviewer', ['reviewer'], [places[0]?.id]],
    ] as const)
      users[name] = await payload.create({
        collection: 'users',
        data: {
          email: `${name}@vi-du.vn`,
          password: 'mot-mat-khau-dai-2026',
          roles: [...roles],
          provinces: [...provinces] as never,
        },
      })
  })
  afterAll(async () => {
    await archive?.stop()
  })

  it('prints milliseconds (median) and the ratio to the raw query', async () => {
    const { payload } = archive
    const raw = await median(() =>
      payload.find({
        collection: 'heritage-items',
        draft: true,
        pagination: false,
        locale: 'all',
        depth: 0,
        overrideAccess: true,
        select: { kind: true, ethnicGroups: true, owningProvince: true, reviewState: true, title: true, summary: true },
      }),
    )
    for (const name of ['admin', 'reviewer']) {
      const req = await createLocalReq({ user: { ...users[name], collection: 'users' } as never }, payload)
      const programme = await median(() => loadProgramme(req, 'vi'))
      const dashboard = await median(() => loadDashboard(req, 'vi'))
      console.log(
        `[bench] ${name}: programme ${programme.toFixed(0)} ms (${(programme / raw).toFixed(2)}× the raw query, ${raw.toFixed(0)} ms); whole dashboard ${dashboard.toFixed(0)} ms`,
      )
    }
  })
})
