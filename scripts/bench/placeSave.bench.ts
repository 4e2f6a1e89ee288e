import { createLocalReq, type Payload } from 'payload'
import { afterAll, beforeAll, describe, it } from 'vitest'

import { reindexItemsAt } from '../../cms/src/gazetteer/reindexItemsAt'
import type { Place, User } from '../../cms/src/payload-types'
import { startTestArchive, type TestArchive } from '../../tests/helpers/testArchive'

// An administrator's save of one place with BENCH_ITEMS (default 2000) items under it: a rename, and a
// 2025 successor (every item's placesIndex changes). "now": the save queues `reindexPlaces` and returns;
// the job's own time is printed apart. "inline": the save then re-indexes every item before returning,
// as the places hook did before the job (issue 14, round 1), measured in the same run with today's
// reindexItemsAt (which writes 200 items per transaction; round 1 committed each item on its own).
const ITEMS = Number(process.env.BENCH_ITEMS || 2000)

describe(`saving a place with ${ITEMS} items under it`, () => {
  let archive: TestArchive
  let payload: Payload
  let admin: User
  const place = { province: 0, commune: 0 }
  const makePlace = async (name: string, type: Place['type'], parent?: number) =>
    (await payload.create({ collection: 'places', data: { name, type, parent: parent ?? null }, overrideAccess: true }))
      .id

  beforeAll(async () => {
    archive = await startTestArchive(undefined, { SITE_REBUILD: 'off' })
    payload = archive.payload
    admin = await payload.create({
      collection: 'users',
      data: { email: 'admin@vi-du.vn', password: 'mot-mat-khau-dai-2026', roles: ['admin'] },
    })
    place.province = await makePlace('tỉnh Phú Yên', 'province')
    const district = await makePlace('huyện Tây Hòa', 'district', place.province)
    place.commune = await makePlace('xã Hòa Mỹ Tây', 'commune', district)
    const group = await payload.create({
      collection: 'ethnic-groups',
      draft: false,
      data: { name: 'Ê Đê', _status: 'published' } as never,
      overrideAccess: true,
    })
    for (let i = 0; i < ITEMS; i++)
      await payload.create({
        collection: 'heritage-items',
        overrideAccess: true,
        draft: false,
        context: { skipSearchSync: true, skipMediaJobs: true, skipAudit: true, skipSiteRebuild: true },
        data: {
          _status: 'published',
          reviewState: 'published',
          title: `Bản ghi thử ${i}`,
          summary: 'Tóm tắt.',
          kind: 'festival',
          ethnicGroups: [group.id],
          places: [place.commune],
          owningProvince: place.province,
          accessLevel: 'public',
          consent: { status: 'given' },
          rights: { licence: 'cc-by-4.0' },
        } as never,
      })
  })
  afterAll(() => archive?.stop())

  const timed = async (work: () => Promise<unknown>) => {
    const start = performance.now()
    await work()
    return Math.round(performance.now() - start)
  }
  const save = (data: Partial<Place>, context: Record<string, unknown> = {}) =>
    payload.update({
      collection: 'places',
      id: place.province,
      data,
      user: { ...admin, collection: 'users' },
      overrideAccess: false,
      context,
    })
  // The old hook: the save, then every item under the place re-indexed before the admin hears back.
  const saveInline = async (data: Partial<Place>) => {
    const req = await createLocalReq({ user: { ...admin, collection: 'users' } }, payload)
    await save(data, { skipPlacesIndex: true })
    await reindexItemsAt(req, { places: [place.province], items: [] })
  }
  const runJob = () => payload.jobs.run({ queue: 'places', limit: 10 })

  it('prints the save’s milliseconds, now (job) and inline (before)', async () => {
    const renameNow = await timed(() => save({ name: 'tỉnh Phú Yên (1)' }))
    const renameJob = await timed(runJob)
    const renameInline = await timed(() => saveInline({ name: 'tỉnh Phú Yên (2)' }))
    const first = await makePlace('tỉnh Đắk Lắk', 'province')
    const second = await makePlace('tỉnh Đắk Lắk (mới)', 'province')
    const successorNow = await timed(() => save({ validTo: '2025-06-30', replacedBy: [first] }))
    const successorJob = await timed(runJob)
    const successorInline = await timed(() => saveInline({ replacedBy: [second] }))
    const reindexed = await payload.count({
      collection: 'heritage-items',
      where: { placesIndex: { in: [second] } },
      overrideAccess: true,
    })
    console.log(
      [
        `place save with ${ITEMS} items under it (ms)`,
        `  rename:    save ${renameNow} (job afterwards ${renameJob}); inline before: ${renameInline}`,
        `  successor: save ${successorNow} (job afterwards ${successorJob}); inline before: ${successorInline}`,
        `  items indexed under the last successor: ${reindexed.totalDocs}`,
      ].join('\n'),
    )
  })
})
