import type { Payload } from 'payload'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'

import type { HeritageItem, Place, User } from '../../cms/src/payload-types'
import { editorWithGroup } from '../helpers/editorWithGroup'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

type Id = Place['id']

/**
 * The effects table (cms/src/effects/effectsTable.ts), row by row, through the Local API as the seat that
 * makes each change: what a save sets off besides itself. Search rows: tests/int/searchSync.int.spec.ts.
 */
describe('effects of a change (one table for every collection)', () => {
  let archive: TestArchive
  let payload: Payload
  let admin: User
  let editor: User
  // Ids of the gazetteer this test makes (filled in beforeAll).
  const place = { phuYen: 0, tayHoa: 0, hoaMy: 0, dakLak: 0 }
  let groupId: Id

  const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })
  const rebuildReasons = async () =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { taskSlug: { equals: 'rebuildSite' } },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((job) => String((job.input as { reason?: string } | null)?.reason))
  // The places index is recomputed by a job on the web server's `places` queue: run what is waiting.
  const runPlacesQueue = () => payload.jobs.run({ queue: 'places', limit: 100 })
  const waitingReindexes = async () =>
    (
      await payload.find({
        collection: 'payload-jobs',
        where: { and: [{ taskSlug: { equals: 'reindexPlaces' } }, { completedAt: { exists: false } }] },
        pagination: false,
        depth: 0,
        overrideAccess: true,
      })
    ).docs.map((job) => job.input)
  const clearRebuilds = () =>
    payload.delete({ collection: 'payload-jobs', where: { taskSlug: { equals: 'rebuildSite' } }, overrideAccess: true })
  const makePlace = async (name: string, type: Place['type'], parent?: Id) =>
    (await payload.create({ collection: 'places', data: { name, type, parent: parent ?? null }, ...as(admin) })).id
  const item = async (id: Id) =>
    (await payload.findByID({ collection: 'heritage-items', id, depth: 0, overrideAccess: true })) as HeritageItem
  const indexedUnder = async (id: Id) => (await item(id)).placesIndex?.map(String).sort()
  const newItem = async (title: string, places: Id[], extra: Partial<HeritageItem> = {}) =>
    (
      await payload.create({
        collection: 'heritage-items',
        draft: false,
        data: {
          title,
          summary: `${title}.`,
          kind: 'festival',
          ethnicGroups: [groupId],
          places,
          owningProvince: place.dakLak,
          accessLevel: 'public',
          consent: { status: 'given' },
          rights: { licence: 'cc-by-4.0' },
          _status: 'published',
          reviewState: 'published',
          ...extra,
        } as never,
        overrideAccess: true,
      })
    ).id

  beforeAll(async () => {
    archive = await startTestArchive()
    payload = archive.payload
    admin = await payload.create({
      collection: 'users',
      data: { email: 'admin@vi-du.vn', password: 'mot-mat-khau-dai-2026', roles: ['admin'] },
    })
    place.phuYen = await makePlace('tỉnh Phú Yên', 'province')
    place.tayHoa = await makePlace('huyện Tây Hòa', 'district', place.phuYen)
    place.hoaMy = await makePlace('xã Hòa Mỹ Tây', 'commune', place.tayHoa)
    // Made before the merger below links Phú Yên to it; items are owned by a province that is current.
    place.dakLak = await makePlace('tỉnh Đắk Lắk', 'province')
    ;({ editor, groupId } = await editorWithGroup(payload, { email: 'editor@vi-du.vn', province: place.dakLak }))
  }, 120_000)
  afterAll(() => archive?.stop())
  beforeEach(() => clearRebuilds())

  it('publishing an item queues a site rebuild; saving a draft of an unpublished one does not', async () => {
    await payload.create({
      collection: 'heritage-items',
      draft: true,
      data: { title: 'Bản nháp chưa xuất bản', _status: 'draft' } as never,
      overrideAccess: true,
    })
    expect(await rebuildReasons()).toEqual([])
    await newItem('Lễ cúng bến nước', [place.hoaMy])
    expect(await rebuildReasons()).toEqual([expect.stringMatching(/^heritage-items le-cung-ben-nuoc/)])
  })

  it('an admin renaming a place queues a site rebuild (the snapshot carries its name)', async () => {
    await payload.update({ collection: 'places', id: place.tayHoa, data: { name: 'huyện Tây Hoà' }, ...as(admin) })
    expect(await rebuildReasons()).toEqual([`places ${place.tayHoa}`])
  })

  it('an editor renaming a subject queues a site rebuild, and the change is audited', async () => {
    const subject = await payload.create({ collection: 'subjects', data: { name: 'Cồng chiêng' }, ...as(editor) })
    await clearRebuilds()
    await payload.update({ collection: 'subjects', id: subject.id, data: { name: 'Nhạc cồng chiêng' }, ...as(editor) })
    expect(await rebuildReasons()).toEqual([expect.stringMatching(/^subjects /)])
    const audit = await payload.find({
      collection: 'audit-log',
      where: { and: [{ targetCollection: { equals: 'subjects' } }, { action: { equals: 'update' } }] },
      overrideAccess: true,
    })
    expect(audit.docs.map((entry) => [entry.summary, entry.userEmail])).toEqual([
      ['Nhạc cồng chiêng', 'editor@vi-du.vn'],
    ])
  })

  it('an editor renaming a cultural label queues a site rebuild', async () => {
    const label = await payload.create({
      collection: 'cultural-labels',
      data: { labelType: 'tk-attribution', name: 'Ghi công', text: 'Ghi công cộng đồng Ê Đê.' },
      ...as(editor),
    })
    await clearRebuilds()
    await payload.update({
      collection: 'cultural-labels',
      id: label.id,
      data: { name: 'Ghi công buôn Ako Dhông' },
      ...as(editor),
    })
    expect(await rebuildReasons()).toEqual([`cultural-labels ${label.id}`])
  })

  it('an editor deleting a subject queues a site rebuild', async () => {
    const subject = await payload.create({ collection: 'subjects', data: { name: 'Gốm' }, ...as(editor) })
    await clearRebuilds()
    await payload.delete({ collection: 'subjects', id: subject.id, ...as(editor) })
    expect(await rebuildReasons()).toEqual(['subjects deleted'])
  })

  it('a new 2025 successor: items under the old province are indexed under it without being saved', async () => {
    const id = await newItem('Lễ mừng lúa mới', [place.hoaMy])
    const before = await item(id)
    expect(await indexedUnder(id)).toEqual([place.phuYen, place.tayHoa, place.hoaMy].map(String).sort())
    // 1 July 2025: Phú Yên merges into Đắk Lắk, the district level goes.
    const dakLak = place.dakLak
    await payload.update({
      collection: 'places',
      id: place.phuYen,
      data: { validTo: '2025-06-30', replacedBy: [dakLak] },
      ...as(admin),
    })
    await runPlacesQueue()
    expect(await indexedUnder(id)).toEqual([place.phuYen, place.tayHoa, place.hoaMy, dakLak].map(String).sort())
    // The item itself was not saved: same version, same update time.
    expect((await item(id)).updatedAt).toBe(before.updatedAt)
    const found = await payload.find({
      collection: 'heritage-items',
      where: { placesIndex: { in: [dakLak] } },
      depth: 0,
      overrideAccess: true,
    })
    expect(found.docs.map((doc) => doc.title)).toContain('Lễ mừng lúa mới')
  })

  it('renaming the successor: the items are found under its new name', async () => {
    const id = await newItem('Lễ đâm trâu', [place.tayHoa])
    await payload.update({
      collection: 'places',
      id: place.dakLak,
      data: { name: 'tỉnh Đắk Lắk (mới)' },
      ...as(admin),
    })
    const found = await payload.find({
      collection: 'heritage-items',
      where: { 'placesIndex.name': { equals: 'tỉnh Đắk Lắk (mới)' } },
      depth: 0,
      overrideAccess: true,
    })
    expect(found.docs.map((doc) => doc.id)).toContain(id)
  })

  it('moving a commune to another district re-indexes the items there', async () => {
    const id = await newItem('Dệt thổ cẩm', [place.hoaMy])
    const other = await makePlace('huyện Phú Hòa', 'district', place.phuYen)
    await payload.update({ collection: 'places', id: place.hoaMy, data: { parent: other }, ...as(admin) })
    await runPlacesQueue()
    const index = await indexedUnder(id)
    expect(index).toContain(String(other))
    expect(index).not.toContain(String(place.tayHoa))
  })

  it('the admin’s save of a place does not re-index the items itself: one job, folded, does', async () => {
    const id = await newItem('Lễ bỏ mả', [place.hoaMy])
    await runPlacesQueue()
    const before = await indexedUnder(id)
    const district = await makePlace('huyện Sông Hinh', 'district', place.phuYen)
    await payload.update({ collection: 'places', id: place.hoaMy, data: { parent: district }, ...as(admin) })
    await payload.update({ collection: 'places', id: place.phuYen, data: { otherNames: ['Phu Yen'] }, ...as(admin) })
    // Saved, and the item still as it was: the work waits in one job carrying both places.
    expect(await indexedUnder(id)).toEqual(before)
    expect(await waitingReindexes()).toEqual([{ places: [place.hoaMy, place.phuYen] }])
    await runPlacesQueue()
    expect(await indexedUnder(id)).toContain(String(district))
    expect(await waitingReindexes()).toEqual([])
    // Run again, it finds nothing to write (idempotent), and the item was never saved.
    const settled = await item(id)
    await payload.update({ collection: 'places', id: place.phuYen, data: { otherNames: ['Phú Yên cũ'] }, ...as(admin) })
    await runPlacesQueue()
    expect((await item(id)).updatedAt).toBe(settled.updatedAt)
    expect(await indexedUnder(id)).toEqual(settled.placesIndex?.map(String).sort())
  })
  it('deleting the only place of an item: it is no longer indexed under that place’s province or successors', async () => {
    // Review of issue 14: the afterDelete job looks for items by `places`/`placesIndex`, but the relation rows
    // to the deleted place are gone by then, so the item keeps the rest of its old index (its province, the
    // province's successor) and the public site still files it under them.
    const commune = await makePlace('xã Sơn Thành Đông', 'commune', place.tayHoa)
    const id = await newItem('Lễ cúng bến nước (xoá địa danh)', [commune])
    await runPlacesQueue()
    expect(await indexedUnder(id)).toContain(String(place.phuYen))
    await payload.delete({ collection: 'places', id: commune, ...as(admin) })
    await runPlacesQueue()
    expect((await item(id)).places ?? []).toEqual([])
    expect(await indexedUnder(id)).toEqual([])
  })

  it('deleting a district: the items of its communes are indexed under the commune alone (its parent is gone)', async () => {
    // The commune's parent is set to nothing by the delete; its items' index named the district, the province
    // above it and the province's successor, and must now name only the commune.
    const district = await makePlace('huyện Đồng Xuân', 'district', place.phuYen)
    const commune = await makePlace('xã Xuân Sơn Bắc', 'commune', district)
    const id = await newItem('Hát bài chòi (xoá huyện)', [commune])
    await runPlacesQueue()
    expect(await indexedUnder(id)).toEqual([place.phuYen, district, commune, place.dakLak].map(String).sort())
    await payload.delete({ collection: 'places', id: district, ...as(admin) })
    await runPlacesQueue()
    expect(
      (await payload.findByID({ collection: 'places', id: commune, depth: 0, overrideAccess: true })).parent,
    ).toBeNull()
    expect(await indexedUnder(id)).toEqual([String(commune)])
  })
})
