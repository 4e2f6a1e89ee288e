import { createLocalReq, docAccessOperation, getAccessResults, type Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { PROCESSING_ERRORS } from '../../cms/src/media/messages'
import type { Media, User } from '../../cms/src/payload-types'
import { demoImage } from '../../cms/src/seed/demoMedia'
import { hostileText } from '../helpers/canary'
import { STAFF_PASSWORD, type StaffArchive, startStaffArchive } from './staffArchive'

type Id = User['id']
type Actor = { user: User & { collection: 'users' }; overrideAccess: false }

/**
 * Issue 13, part 1: the admin asks "may this user create at all?" with no province, and refused every
 * contributor and editor; contributors could not upload. Now each role works from its own seat — and
 * the seat is still checked on the real write, from the attacker's side too.
 */
describe('officers in their own seats', () => {
  let s: StaffArchive
  let payload: Payload
  const extra: Record<'contribGL' | 'contribDL2' | 'noProvince', User> = {} as never
  const as = (user: User): Actor => ({ user: { ...user, collection: 'users' }, overrideAccess: false })
  beforeAll(async () => {
    s = await startStaffArchive()
    payload = s.payload
    const make = (email: string, roles: User['roles'], provinces: Id[]) =>
      payload.create({ collection: 'users', data: { email, password: STAFF_PASSWORD, roles, provinces } })
    extra.contribGL = await make('ctv-gia-lai@vi-du.vn', ['contributor'], [s.place['tỉnh Gia Lai'] as Id])
    extra.contribDL2 = await make('ctv-dak-lak-2@vi-du.vn', ['contributor'], [s.place['tỉnh Đắk Lắk'] as Id])
    extra.noProvince = await make('ctv-chua-co-tinh@vi-du.vn', ['contributor'], [])
  }, 120_000)
  afterAll(() => s?.archive.stop())

  const reqOf = (user: User) => createLocalReq({ user: { ...user, collection: 'users' } as never }, payload)
  const collection = (slug: 'heritage-items' | 'media') => ({ config: payload.collections[slug].config })

  describe('the admin’s data-less question', () => {
    it.each([
      ['admin', true],
      ['editor', true],
      ['contributor', true],
      ['reviewer', false],
      ['researcher', false],
    ] as const)('%s: "Tạo mới" on Di sản and Tư liệu → %s', async (seat, allowed) => {
      const req = await reqOf(s.users[seat])
      // What the create view asks before it shows the form (getDocumentPermissions: data = { _status: 'draft' }).
      for (const slug of ['heritage-items', 'media'] as const) {
        const asked = await docAccessOperation({ collection: collection(slug), data: { _status: 'draft' }, req })
        expect(Boolean(asked.create), `${slug} create view`).toBe(allowed)
      }
      // What /api/access answers (the navigation's "+" and the list's "Tạo mới").
      const all = (await getAccessResults({ req: await reqOf(s.users[seat]) })).collections ?? {}
      for (const slug of ['heritage-items', 'media'] as const) {
        const create = (all[slug] as { create?: boolean | { permission?: boolean } } | undefined)?.create
        expect(
          create === true || (typeof create === 'object' && create.permission === true),
          `${slug} /api/access`,
        ).toBe(allowed)
      }
    })

    it('a contributor with no province yet is not offered "Tạo mới" (nowhere to put the record)', async () => {
      const req = await reqOf(extra.noProvince)
      const asked = await docAccessOperation({
        collection: collection('heritage-items'),
        data: { _status: 'draft' },
        req,
      })
      expect(Boolean(asked.create)).toBe(false)
    })
  })

  describe('the real write still checks the province', () => {
    it('a record sent without a province gets the contributor’s own', async () => {
      const data = s.draft('Lễ không ghi tỉnh')
      delete data.owningProvince
      const made = await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: data as never,
        ...s.as('contributor'),
      })
      expect(
        (await payload.findByID({ collection: 'heritage-items', id: made.id, draft: true, depth: 0 })).owningProvince,
      ).toBe(s.place['tỉnh Đắk Lắk'])
    })

    it.each([
      ['a contributor of Gia Lai into Đắk Lắk', () => as(extra.contribGL), 'tỉnh Đắk Lắk'],
      ['a contributor of Đắk Lắk into Gia Lai', () => s.as('contributor'), 'tỉnh Gia Lai'],
      ['an editor of Gia Lai into Đắk Lắk', () => s.as('editorElsewhere'), 'tỉnh Đắk Lắk'],
      ['a reviewer', () => s.as('reviewer'), 'tỉnh Đắk Lắk'],
      ['a researcher', () => s.as('researcher'), 'tỉnh Đắk Lắk'],
    ])('refuses %s', async (_, actor, province) => {
      const title = `Tạo trái tỉnh ${province} ${Math.random()}`
      await expect(
        payload.create({
          collection: 'heritage-items',
          draft: true,
          data: s.draft(title, { owningProvince: s.place[province] }) as never,
          ...actor(),
        }),
      ).rejects.toMatchObject({ status: 403 })
      const found = await payload.find({
        collection: 'heritage-items',
        where: { title: { equals: title } },
        draft: true,
      })
      expect(found.totalDocs).toBe(0)
    })

    it('refuses a contributor with no province a record without one', async () => {
      const data = s.draft('Lễ không có tỉnh nào')
      delete data.owningProvince
      await expect(
        payload.create({ collection: 'heritage-items', draft: true, data: data as never, ...as(extra.noProvince) }),
      ).rejects.toMatchObject({ status: 403 })
    })
  })

  describe('contributors’ files', () => {
    const upload = async (actor: Actor, name: string, hue: number) =>
      (await payload.create({
        collection: 'media',
        data: { accessLevel: 'restricted', accessReason: 'Chờ cộng đồng xem', caption: 'Ảnh gốc' },
        file: await demoImage(hue, name),
        ...actor,
      })) as Media
    const caption = async (id: Id) => (await payload.findByID({ collection: 'media', id, depth: 0 })).caption

    it('a contributor uploads, and changes the caption of their file while only their own records use it', async () => {
      const file = await upload(s.as('contributor'), 'anh-ctv.jpg', 30)
      await payload.update({
        collection: 'media',
        id: file.id,
        data: { caption: 'Lễ cúng bến nước' },
        ...s.as('contributor'),
      })
      expect(await caption(file.id)).toBe('Lễ cúng bến nước')
      await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: s.draft('Hồ sơ của cộng tác viên có ảnh', { media: [file.id] }) as never,
        ...s.as('contributor'),
      })
      await payload.update({
        collection: 'media',
        id: file.id,
        data: { caption: 'Vẫn là của tôi' },
        ...s.as('contributor'),
      })
      expect(await caption(file.id)).toBe('Vẫn là của tôi')
      // A contributor does not delete (an editor does): the file may be evidence for a record.
      await expect(payload.delete({ collection: 'media', id: file.id, ...s.as('contributor') })).rejects.toMatchObject({
        status: 403,
      })
    })

    it('nobody else changes it: another province’s contributor, another contributor, a reviewer, a researcher', async () => {
      const file = await upload(s.as('contributor'), 'anh-rieng.jpg', 60)
      for (const actor of [as(extra.contribGL), as(extra.contribDL2), s.as('reviewer'), s.as('researcher')]) {
        await expect(
          payload.update({
            collection: 'media',
            id: file.id,
            data: { caption: hostileText('media-caption') },
            ...actor,
          }),
          actor.user.email,
        ).rejects.toMatchObject({ status: expect.any(Number) })
      }
      expect(await caption(file.id)).toBe('Ảnh gốc')
      // Nor through a bulk update by query, which applies the same rule as a filter.
      await expect(
        payload.update({
          collection: 'media',
          where: { id: { equals: file.id } },
          data: { caption: 'sửa hàng loạt' },
          ...as(extra.contribGL),
        }),
      ).rejects.toMatchObject({ status: 403 })
      expect(await caption(file.id)).toBe('Ảnh gốc')
    })

    it('once someone else’s record uses the file, its uploader no longer changes it', async () => {
      const file = await upload(s.as('contributor'), 'anh-dung-chung.jpg', 90)
      // Attached to the contributor's record of Đắk Lắk, the file is in reach of the province's editor…
      await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: s.draft('Hồ sơ gốc của cộng tác viên', { media: [file.id] }) as never,
        ...s.as('contributor'),
      })
      // …who uses it on their own record.
      await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: s.draft('Hồ sơ của biên tập viên', { media: [file.id] }) as never,
        ...s.as('editor'),
      })
      await expect(
        payload.update({ collection: 'media', id: file.id, data: { caption: 'đổi sau lưng' }, ...s.as('contributor') }),
      ).rejects.toMatchObject({ status: expect.any(Number) })
      expect(await caption(file.id)).toBe('Ảnh gốc')
    })

    it('a contributor’s upload is judged by its bytes like an editor’s: a page named .jpg is refused', async () => {
      const page = Buffer.from(`<html><body><script>alert(1)</script>${hostileText('upload')}</body></html>`)
      await expect(
        payload.create({
          collection: 'media',
          data: { accessLevel: 'public' },
          file: { data: page, name: 'anh.jpg', mimetype: 'image/jpeg', size: page.length },
          ...s.as('contributor'),
        }),
      ).rejects.toMatchObject({ message: expect.stringMatching(PROCESSING_ERRORS['unsafe-content'].vi.slice(0, 20)) })
    })
  })

  describe('review moves need what they need', () => {
    it('submitting an incomplete draft marks each missing field in Vietnamese, and keeps it a draft', async () => {
      const item = await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: { title: 'Chỉ có tên' } as never,
        ...s.as('contributor'),
      })
      const refused = await payload
        .update({
          collection: 'heritage-items',
          id: item.id,
          draft: true,
          data: { reviewState: 'submitted' },
          ...s.as('contributor'),
        })
        .then(
          () => undefined,
          (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors,
        )
      expect(refused).toEqual(
        ['summary', 'kind', 'ethnicGroups', 'accessReason'].map((path) =>
          expect.objectContaining({ path, message: MESSAGES.neededToSubmit.vi }),
        ),
      )
      expect((await payload.findByID({ collection: 'heritage-items', id: item.id, draft: true })).reviewState).toBe(
        'draft',
      )
    })

    it('submitting from the English form still needs the Vietnamese title and summary', async () => {
      const english = s.draft('A festival written in English only') as Record<string, unknown>
      const item = await payload.create({
        collection: 'heritage-items',
        draft: true,
        locale: 'en',
        data: english as never,
        ...s.as('contributor'),
      })
      const submit = () =>
        payload.update({
          collection: 'heritage-items',
          id: item.id,
          draft: true,
          locale: 'en',
          data: { reviewState: 'submitted' },
          ...s.as('contributor'),
        })
      const refused = await submit().then(
        () => undefined,
        (error: { data?: { errors?: { path: string; message: string }[] } }) => error.data?.errors,
      )
      expect(refused).toEqual(
        ['title', 'summary'].map((path) =>
          expect.objectContaining({ path, message: MESSAGES.neededInVietnameseToSubmit.vi }),
        ),
      )
      await payload.update({
        collection: 'heritage-items',
        id: item.id,
        draft: true,
        locale: 'vi',
        data: { title: 'Lễ hội viết bằng tiếng Việt', summary: 'Tóm tắt tiếng Việt' },
        ...s.as('contributor'),
      })
      expect((await submit()).reviewState).toBe('submitted')
    })

    it('sending back needs a note; the note and who wrote it reach the author’s timeline', async () => {
      const item = await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: s.draft('Lễ chờ ý kiến', { reviewState: 'submitted' }) as never,
        ...s.as('contributor'),
      })
      const back = (note?: string) =>
        payload.update({
          collection: 'heritage-items',
          id: item.id,
          draft: true,
          data: { reviewState: 'changes_requested', ...(note ? { reviewNote: note } : {}) },
          ...s.as('reviewer'),
        })
      await expect(back()).rejects.toMatchObject({
        data: {
          errors: [
            expect.objectContaining({
              path: 'reviewNote',
              message: MESSAGES.reviewNoteRequired.vi.replace('{to}', 'Yêu cầu chỉnh sửa'),
            }),
          ],
        },
      })
      await back('Thiếu ảnh lễ vật.')
      const seen = await payload.findByID({
        collection: 'heritage-items',
        id: item.id,
        draft: true,
        ...s.as('contributor'),
      })
      expect(seen.reviewState).toBe('changes_requested')
      expect((seen as { reviewTimeline?: unknown }).reviewTimeline).toEqual([
        expect.objectContaining({ from: null, to: 'submitted', by: 'contributor@vi-du.vn', note: null }),
        expect.objectContaining({
          from: 'submitted',
          to: 'changes_requested',
          by: 'reviewer@vi-du.vn',
          note: 'Thiếu ảnh lễ vật.',
        }),
      ])
      // Sent back, the record is the contributor's to edit again — the admin asks the stored document.
      const req = await reqOf(s.users.contributor)
      const asked = await docAccessOperation({ id: item.id, collection: collection('heritage-items'), data: {}, req })
      expect(Boolean(asked.update)).toBe(true)
      const fixed = await payload.update({
        collection: 'heritage-items',
        id: item.id,
        draft: true,
        data: { description: 'Có thêm ảnh lễ vật.' },
        ...s.as('contributor'),
      })
      expect(fixed).toMatchObject({ reviewState: 'changes_requested', description: 'Có thêm ảnh lễ vật.' })
      // The stored document keeps everything else it had.
      const mainDoc = await payload.findByID({ collection: 'heritage-items', id: item.id, draft: false, depth: 0 })
      expect(mainDoc).toMatchObject({ title: 'Lễ chờ ý kiến', reviewState: 'changes_requested', _status: 'draft' })
      expect(mainDoc.ethnicGroups).toEqual([s.group['e-de']])
      // Lists do not pay for it; researchers and the public never get it.
      const listed = await payload.find({
        collection: 'heritage-items',
        where: { id: { equals: item.id } },
        draft: true,
      })
      expect(listed.docs[0]).not.toHaveProperty('reviewTimeline')
    })
  })
})
