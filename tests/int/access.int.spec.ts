import type { Payload } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import type { User } from '../../cms/src/payload-types'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'
import { type Canary, expectCarrierClean, expectNoCanary, plantCanaries } from '../helpers/canary'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

type Id = User['id']
const PASSWORD = 'mot-mat-khau-dai-2026'

describe('roles, provinces and cultural protocols through the Local API', () => {
  let archive: TestArchive
  let payload: Payload
  let canary: Canary
  const users: Record<string, User> = {}
  const place: Record<string, Id> = {}
  let ede: Id
  let giaRai: Id
  const as = (role: string) => ({ user: { ...users[role], collection: 'users' as const }, overrideAccess: false })

  beforeAll(async () => {
    archive = await startTestArchive()
    payload = archive.payload
    await seedDemoContent(payload, undefined, { audioVideo: false })
    for (const doc of (await payload.find({ collection: 'places', pagination: false, depth: 0 })).docs)
      place[doc.name] = doc.id
    const groups = (await payload.find({ collection: 'ethnic-groups', pagination: false, depth: 0 })).docs
    ede = groups.find((group) => group.slug === 'e-de')?.id as Id
    giaRai = groups.find((group) => group.slug === 'gia-rai')?.id as Id
    const make = async (role: string, roles: User['roles'], provinces: Id[] = []) => {
      users[role] = await payload.create({
        collection: 'users',
        data: { email: `${role}@vi-du.vn`, password: PASSWORD, roles, provinces },
      })
    }
    await make('admin', ['admin'])
    const dakLak = place['tỉnh Đắk Lắk'] as Id
    await make('editor', ['editor'], [dakLak])
    await make('reviewer', ['reviewer'], [dakLak])
    await make('contributor', ['contributor'], [dakLak])
    await make('researcher', ['researcher'])
    canary = await plantCanaries(payload)
  }, 120_000)
  afterAll(async () => {
    await archive.stop()
  })

  const draft = (title: string, extra: Record<string, unknown> = {}) => ({
    title,
    summary: `${title}.`,
    kind: 'festival' as const,
    ethnicGroups: [ede],
    owningProvince: place['tỉnh Đắk Lắk'] as Id,
    accessLevel: 'restricted' as const,
    accessReason: 'Đang biên tập',
    consent: { status: 'pending' as const },
    rights: { licence: 'all-rights-reserved' as const },
    ...extra,
  })

  describe('canaries, read as the public', () => {
    it('lists, counts and fetches nothing non-public, in any depth', async () => {
      const list = await payload.find({
        collection: 'heritage-items',
        overrideAccess: false,
        depth: 2,
        pagination: false,
      })
      expectNoCanary(JSON.stringify(list), canary, 'Local API heritage-items list')
      expect(list.docs.every((doc) => doc.accessLevel === 'public' && doc._status === 'published')).toBe(true)
      const all = await payload.count({ collection: 'heritage-items', overrideAccess: true })
      const visible = await payload.count({ collection: 'heritage-items', overrideAccess: false })
      expect(visible.totalDocs).toBe(list.totalDocs)
      expect(visible.totalDocs).toBeLessThan(all.totalDocs)
      await expect(
        payload.findByID({ collection: 'heritage-items', id: canary.ids.restrictedItem, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 404 })
      await expect(
        payload.findByID({ collection: 'media', id: canary.ids.restrictedMedia, overrideAccess: false }),
      ).rejects.toMatchObject({ status: 404 })
      for (const collection of ['media', 'people'] as const) {
        expectNoCanary(
          JSON.stringify(await payload.find({ collection, overrideAccess: false, depth: 2, pagination: false })),
          canary,
          `Local API ${collection}`,
        )
      }
      // History is not public (issue 12): the public is refused version lists outright.
      await expect(
        payload.findVersions({ collection: 'heritage-items', overrideAccess: false, pagination: false }),
      ).rejects.toMatchObject({ status: 403 })
    })

    it('shows a public record without the restricted person and file it points at', async () => {
      const carrier = await payload.findByID({
        collection: 'heritage-items',
        id: canary.ids.publicCarrier,
        overrideAccess: false,
        depth: 2,
      })
      expectCarrierClean(carrier as unknown as Record<string, unknown>, canary)
      expect(carrier).not.toHaveProperty('consent')
      // Payload leaves an empty array in place of a hidden array field: nothing of the history shows.
      expect(carrier.reviewHistory ?? []).toEqual([])
      expect(carrier).not.toHaveProperty('createdBy')
    })

    it('keeps a file used by a restricted record restricted, whatever its own level', async () => {
      const file = await payload.findByID({ collection: 'media', id: canary.ids.restrictedMedia, depth: 0 })
      expect(file.effectiveAccess).toBe('restricted')
      expect(file.filename).toMatch(/^[0-9a-f-]{36}\.jpg$/)
      expect(file.originalFilename).toBe(`${canary.token}-restricted.jpg`)
    })
  })

  describe('Traditional Knowledge labels', () => {
    it('come with the item, named and explained in the reader’s language, with the community that applied them', async () => {
      const [kate] = (
        await payload.find({
          collection: 'heritage-items',
          where: { slug: { equals: 'le-hoi-kate' } },
          depth: 2,
          locale: 'en',
          overrideAccess: false,
        })
      ).docs
      const labels = (kate?.culturalLabels ?? []) as {
        labelType: string
        name: string
        text: string
        icon: string
        community: { name: string }
      }[]
      expect(labels.map((label) => label.labelType)).toEqual(['tk-seasonal', 'tk-attribution'])
      expect(labels[0]).toMatchObject({ name: 'TK Seasonal', community: { name: 'Cham' } })
      expect(labels[0]?.text).toContain('season')
      expect(labels[0]?.icon).toMatch(/^<svg /)
      // Labels inform; they do not open anything: the sacred rite stays restricted.
      const sacred = (
        await payload.find({
          collection: 'heritage-items',
          where: { slug: { equals: 'nghi-le-cua-potao-apui-vua-lua' } },
          overrideAccess: false,
        })
      ).docs
      expect(sacred).toEqual([])
    })
  })

  describe('review moves by role', () => {
    it('lets a contributor create and submit a draft in their province, and not approve it', async () => {
      const item = await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: draft('Lễ thử của cộng tác viên'),
        ...as('contributor'),
      })
      expect((item.createdBy as User | undefined)?.id).toBe(users.contributor?.id)
      const submitted = await payload.update({
        collection: 'heritage-items',
        id: item.id,
        draft: true,
        data: { reviewState: 'submitted' },
        ...as('contributor'),
      })
      expect(submitted.reviewState).toBe('submitted')
      // Submitted: no longer theirs to edit.
      await expect(
        payload.update({
          collection: 'heritage-items',
          id: item.id,
          draft: true,
          data: { reviewState: 'approved' },
          ...as('contributor'),
        }),
      ).rejects.toMatchObject({ status: 403 })
    })

    it('refuses a contributor a record in another province', async () => {
      await expect(
        payload.create({
          collection: 'heritage-items',
          draft: true,
          data: draft('Tỉnh khác', { owningProvince: place['tỉnh Gia Lai'] }),
          ...as('contributor'),
        }),
      ).rejects.toMatchObject({ status: 403 })
    })

    it('lets a reviewer approve and publish; an editor may not approve; nobody publishes what is not approved', async () => {
      const item = await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: draft('Lễ cần duyệt', { reviewState: 'submitted' }),
        ...as('editor'),
      })
      await expect(
        payload.update({
          collection: 'heritage-items',
          id: item.id,
          draft: true,
          data: { reviewState: 'approved' },
          ...as('editor'),
        }),
      ).rejects.toMatchObject({
        data: {
          errors: [
            {
              path: 'reviewState',
              message: 'Vai trò của bạn không được chuyển hồ sơ từ "Đã gửi thẩm định" sang "Đã duyệt"',
            },
          ],
        },
      })
      await expect(
        payload.update({ collection: 'heritage-items', id: item.id, data: { _status: 'published' }, ...as('editor') }),
      ).rejects.toMatchObject({
        data: { errors: [{ path: 'reviewState', message: MESSAGES.publishNeedsApproval.vi }] },
      })
      await payload.update({
        collection: 'heritage-items',
        id: item.id,
        draft: true,
        data: { reviewState: 'approved', reviewNote: 'Đạt' },
        ...as('reviewer'),
      })
      const published = await payload.update({
        collection: 'heritage-items',
        id: item.id,
        data: { _status: 'published' },
        ...as('reviewer'),
      })
      expect(published).toMatchObject({ _status: 'published', reviewState: 'published' })
      expect(published.reviewHistory?.map((row) => `${row.from}>${row.to}`)).toEqual([
        'null>submitted',
        'submitted>approved',
        'approved>published',
      ])
    })
  })

  describe('researchers', () => {
    it('read published restricted records they were granted, until the grant expires', async () => {
      const secret = (
        await payload.find({
          collection: 'heritage-items',
          where: { slug: { equals: 'nghi-le-cua-potao-apui-vua-lua' } },
          depth: 0,
        })
      ).docs[0]
      expect(secret?.accessLevel).toBe('restricted')
      const read = () => payload.findByID({ collection: 'heritage-items', id: secret?.id as Id, ...as('researcher') })
      await expect(read()).rejects.toMatchObject({ status: 404 })
      const grant = await payload.create({
        collection: 'access-grants',
        data: {
          researcher: users.researcher?.id as Id,
          scope: 'ethnic-group',
          ethnicGroup: giaRai,
          expiresAt: new Date(Date.now() + 86_400_000).toISOString(),
          reason: 'Luận án',
        },
      })
      expect((await read()).title).toBe('Nghi lễ của Pơtao Apui (Vua Lửa)')
      await payload.update({
        collection: 'access-grants',
        id: grant.id,
        data: { expiresAt: new Date(Date.now() - 1000).toISOString() },
      })
      await expect(read()).rejects.toMatchObject({ status: 404 })
    })
  })

  describe('media follow the records that use them', () => {
    it('opens a file only as far as the most open published record using it', async () => {
      const file = await payload.create({
        collection: 'media',
        file: await (await import('../../cms/src/seed/demoMedia')).demoImage(5, 'a.jpg'),
        data: { accessLevel: 'public' },
      })
      expect(file.effectiveAccess).toBe('public')
      const item = await payload.create({
        collection: 'heritage-items',
        draft: false,
        data: {
          ...draft('Dùng ảnh'),
          _status: 'published',
          reviewState: 'published',
          accessLevel: 'community',
          media: [file.id],
        },
      })
      expect((await payload.findByID({ collection: 'media', id: file.id })).effectiveAccess).toBe('community')
      await payload.update({
        collection: 'heritage-items',
        id: item.id,
        data: { accessLevel: 'public', accessReason: null },
      })
      expect((await payload.findByID({ collection: 'media', id: file.id })).effectiveAccess).toBe('public')
      await payload.delete({ collection: 'heritage-items', id: item.id })
      expect((await payload.findByID({ collection: 'media', id: file.id })).effectiveAccess).toBe('public')
    })
  })

  describe('audit log', () => {
    it('records a full edit cycle with who, when and the changed fields, for admins only, and no API can change it', async () => {
      const start = new Date().toISOString()
      const item = await payload.create({
        collection: 'heritage-items',
        draft: true,
        data: draft('Lễ có nhật ký'),
        ...as('editor'),
      })
      await payload.update({
        collection: 'heritage-items',
        id: item.id,
        draft: true,
        data: { summary: 'Tóm tắt mới.', reviewState: 'submitted' },
        ...as('editor'),
      })
      await payload.update({
        collection: 'heritage-items',
        id: item.id,
        draft: true,
        data: { reviewState: 'approved' },
        ...as('reviewer'),
      })
      // The editor publishes and opens it to the community: reviewers do not change access levels (issue 12).
      await payload.update({
        collection: 'heritage-items',
        id: item.id,
        data: { _status: 'published', accessLevel: 'community' },
        ...as('editor'),
      })
      await payload.delete({ collection: 'heritage-items', id: item.id, ...as('admin') })

      const log = await payload.find({
        collection: 'audit-log',
        where: {
          and: [
            { targetCollection: { equals: 'heritage-items' } },
            { targetId: { equals: String(item.id) } },
            { at: { greater_than_equal: start } },
          ],
        },
        sort: 'id',
        pagination: false,
        ...as('admin'),
      })
      expect(log.docs.map((entry) => `${entry.action}:${entry.userEmail}`)).toEqual([
        'create:editor@vi-du.vn',
        'update:editor@vi-du.vn',
        'update:reviewer@vi-du.vn',
        'update:editor@vi-du.vn',
        'publish:editor@vi-du.vn',
        'access_change:editor@vi-du.vn',
        'delete:admin@vi-du.vn',
      ])
      const edit = log.docs[1]?.changes as { field: string; before: unknown; after: unknown }[]
      expect(edit).toEqual(
        expect.arrayContaining([
          { field: 'summary', before: 'Lễ có nhật ký.', after: 'Tóm tắt mới.' },
          { field: 'reviewState', before: 'draft', after: 'submitted' },
        ]),
      )
      expect(log.docs[5]?.changes).toEqual([{ field: 'accessLevel', before: 'restricted', after: 'community' }])

      await expect(payload.find({ collection: 'audit-log', ...as('editor') })).rejects.toMatchObject({ status: 403 })
      const entry = log.docs[0]?.id as Id
      await expect(
        payload.update({ collection: 'audit-log', id: entry, data: { summary: 'sửa' }, ...as('admin') }),
      ).rejects.toMatchObject({ status: 403 })
      await expect(payload.delete({ collection: 'audit-log', id: entry, ...as('admin') })).rejects.toMatchObject({
        status: 403,
      })
      await expect(
        payload.create({
          collection: 'audit-log',
          data: { at: new Date().toISOString(), action: 'login' },
          ...as('admin'),
        }),
      ).rejects.toMatchObject({ status: 403 })
    })
  })

  describe('passwords', () => {
    it.each(['ngan-2026', 'chi-co-chu-cai-thoi', '123456789012', 'nguoi-moi-2026-abc'])(
      'refuses "%s" with the policy message',
      async (password) => {
        await expect(
          payload.create({
            collection: 'users',
            data: { email: 'nguoi-moi@vi-du.vn', password, roles: ['contributor'] },
          }),
        ).rejects.toMatchObject({
          data: { errors: [{ path: 'password', message: MESSAGES.passwordPolicy.vi }] },
        })
      },
    )
  })
})
