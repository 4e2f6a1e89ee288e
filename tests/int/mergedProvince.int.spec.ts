import type { Payload, RequiredDataFromCollectionSlug } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import type { HeritageItem, Place, User } from '../../cms/src/payload-types'
import { editorWithGroup } from '../helpers/editorWithGroup'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

type Id = Place['id']

/**
 * Review of issue 14: once an admin gives a province a 2025 successor (`validTo`, `replacedBy`), the
 * officers still seated in it keep working on its records. The owning province offered (and checked on
 * save) used to be only current provinces, so every save of such a record failed on `owningProvince`
 * ("invalid selections: 1") although nothing about the province was changed. Saves that are validated
 * (not drafts: Payload skips a draft's validation), through the Local API as each seat, access enforced.
 */
describe('a province given a 2025 successor: its records stay workable', () => {
  let archive: TestArchive
  let payload: Payload
  let admin: User
  let editor: User
  const place = { dakLakOld: 0 as Id, phuYenOld: 0 as Id, dakLakNew: 0 as Id }
  let groupId: Id
  let itemId: Id

  const as = (user: User) => ({ user: { ...user, collection: 'users' as const }, overrideAccess: false })
  const makeProvince = async (name: string) =>
    (await payload.create({ collection: 'places', data: { name, type: 'province' }, overrideAccess: true })).id
  const itemData = (title: string, owningProvince: Id): RequiredDataFromCollectionSlug<'heritage-items'> => ({
    title,
    summary: `${title}.`,
    kind: 'festival',
    ethnicGroups: [groupId],
    owningProvince,
    accessLevel: 'public',
    consent: { status: 'given' },
    rights: { licence: 'cc-by-4.0' },
    reviewState: 'draft',
  })
  const stored = async (id: Id) =>
    (await payload.findByID({ collection: 'heritage-items', id, depth: 0, overrideAccess: true })) as HeritageItem
  const errorOf = async (write: Promise<unknown>) =>
    write.then(
      () => 'saved',
      (error: Error & { data?: { errors?: { path: string; message: string }[] } }) =>
        (error.data?.errors ?? []).map(({ path, message }) => `${path}: ${message}`).join('; ') || error.message,
    )

  beforeAll(async () => {
    archive = await startTestArchive()
    payload = archive.payload
    admin = await payload.create({
      collection: 'users',
      data: { email: 'admin@vi-du.vn', password: 'mot-mat-khau-dai-2026', roles: ['admin'] },
    })
    place.dakLakOld = await makeProvince('tỉnh Đắk Lắk')
    place.phuYenOld = await makeProvince('tỉnh Phú Yên')
    ;({ editor, groupId } = await editorWithGroup(payload, {
      email: 'bientap-daklak@vi-du.vn',
      province: place.dakLakOld,
    }))
    // The editor's record, made and published before the merger.
    itemId = (
      await payload.create({
        collection: 'heritage-items',
        data: { ...itemData('Lễ cúng bến nước', place.dakLakOld), _status: 'published', reviewState: 'published' },
        overrideAccess: true,
      })
    ).id
    // 1 July 2025: the admin records the merger; the editor's seat is not moved (yet).
    place.dakLakNew = await makeProvince('tỉnh Đắk Lắk (từ 1/7/2025)')
    for (const old of [place.dakLakOld, place.phuYenOld])
      await payload.update({
        collection: 'places',
        id: old,
        data: { validTo: '2025-06-30', replacedBy: [place.dakLakNew] },
        ...as(admin),
      })
  }, 120_000)
  afterAll(() => archive?.stop())

  it('the editor saves their record, owned by the province that now has a successor', async () => {
    const saved = payload.update({
      collection: 'heritage-items',
      id: itemId,
      data: { title: 'Lễ cúng bến nước buôn Ako Dhông' },
      ...as(editor),
    })
    expect(await errorOf(saved)).toBe('saved')
    expect((await stored(itemId)).owningProvince).toBe(place.dakLakOld)
  })

  it('the editor saves it with its owning province sent as it was (the admin form sends every field)', async () => {
    const saved = payload.update({
      collection: 'heritage-items',
      id: itemId,
      data: { summary: 'Lễ cúng bến nước của người Ê Đê.', owningProvince: place.dakLakOld },
      ...as(editor),
    })
    expect(await errorOf(saved)).toBe('saved')
  })

  it('the editor makes a new record in the province of their seat, current or not (the form’s default)', async () => {
    const made = await payload.create({
      collection: 'heritage-items',
      data: itemData('Đam San', place.dakLakOld),
      depth: 0,
      ...as(editor),
    })
    expect(made.owningProvince).toBe(place.dakLakOld)
  })

  it('the editor still cannot place a record in a province outside their seat, the successor included', async () => {
    for (const other of [place.dakLakNew, place.phuYenOld]) {
      const moved = payload.update({
        collection: 'heritage-items',
        id: itemId,
        data: { owningProvince: other },
        ...as(editor),
      })
      expect(await errorOf(moved)).toMatch(/^owningProvince: /)
    }
    expect((await stored(itemId)).owningProvince).toBe(place.dakLakOld)
  })

  it('the admin saves the record as it is, but moves records only to a current province', async () => {
    const saved = payload.update({
      collection: 'heritage-items',
      id: itemId,
      data: { title: 'Lễ cúng bến nước (Đắk Lắk cũ)', owningProvince: place.dakLakOld },
      ...as(admin),
    })
    expect(await errorOf(saved)).toBe('saved')
    const toOld = payload.update({
      collection: 'heritage-items',
      id: itemId,
      data: { owningProvince: place.phuYenOld },
      ...as(admin),
    })
    expect(await errorOf(toOld)).toMatch(/^owningProvince: /)
    const madeInOld = payload.create({
      collection: 'heritage-items',
      data: itemData('Hát kể sử thi', place.dakLakOld),
      ...as(admin),
    })
    expect(await errorOf(madeInOld)).toMatch(/^owningProvince: /)
    const toNew = payload.update({
      collection: 'heritage-items',
      id: itemId,
      data: { owningProvince: place.dakLakNew },
      ...as(admin),
    })
    expect(await errorOf(toNew)).toBe('saved')
  })
  it('the admin saves the editor’s account as it is, but seats officers only in current provinces', async () => {
    const renamed = payload.update({
      collection: 'users',
      id: editor.id,
      data: { name: 'Biên tập viên Đắk Lắk', provinces: [place.dakLakOld] },
      ...as(admin),
    })
    expect(await errorOf(renamed)).toBe('saved')
    const seatedInOld = payload.update({
      collection: 'users',
      id: editor.id,
      data: { provinces: [place.dakLakOld, place.phuYenOld] },
      ...as(admin),
    })
    expect(await errorOf(seatedInOld)).toMatch(/^provinces: /)
    const moved = payload.update({
      collection: 'users',
      id: editor.id,
      data: { provinces: [place.dakLakNew] },
      depth: 0,
      ...as(admin),
    })
    expect((await moved).provinces).toEqual([place.dakLakNew])
  })
  it('the editor saves their own account (their seat is the merged province)', async () => {
    const saved = payload.update({ collection: 'users', id: editor.id, data: { name: 'Chị H’Linh' }, ...as(editor) })
    expect(await errorOf(saved)).toBe('saved')
  })
})
