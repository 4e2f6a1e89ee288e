import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { type Seat, type StaffArchive, startStaffArchive } from './staffArchive'

/**
 * Hole 1 of issue 12: a contributor or editor created a record straight into "published" (or "approved")
 * and it went live. A record made by a signed-in user starts as a draft; only the workflow moves it on.
 */
describe('review bypass: staff creating or saving records past the review', () => {
  let s: StaffArchive
  beforeAll(async () => {
    s = await startStaffArchive()
  }, 120_000)
  afterAll(() => s?.archive.stop())

  const refusal = (message: string) => ({ data: { errors: [expect.objectContaining({ message })] } })
  const stored = async (title: string) =>
    (
      await s.payload.find({
        collection: 'heritage-items',
        where: { title: { equals: title } },
        draft: true,
        depth: 0,
        overrideAccess: true,
      })
    ).docs

  it.each<[Seat, string]>([
    ['contributor', 'published'],
    ['editor', 'published'],
    ['editor', 'approved'],
    ['admin', 'published'],
  ])('%s cannot create a public record as %s and live', async (seat, state) => {
    const title = `Lễ vượt duyệt ${seat} ${state}`
    await expect(
      s.payload.create({
        collection: 'heritage-items',
        draft: false,
        data: s.draft(title, { _status: 'published', reviewState: state, accessLevel: 'public' }) as never,
        ...s.as(seat),
      }),
    ).rejects.toMatchObject(refusal(MESSAGES.publishNeedsApproval.vi))
    expect(await stored(title)).toEqual([])
  })

  it.each<[Seat, string]>([
    ['editor', 'approved'],
    ['contributor', 'approved'],
    ['editor', 'published'],
    ['admin', 'approved'],
  ])('%s cannot create a draft already %s', async (seat, state) => {
    const title = `Nháp vượt duyệt ${seat} ${state}`
    await expect(
      s.payload.create({
        collection: 'heritage-items',
        draft: true,
        data: s.draft(title, { reviewState: state }) as never,
        ...s.as(seat),
      }),
    ).rejects.toMatchObject(
      refusal(
        `Không thể chuyển trạng thái thẩm định từ "Bản nháp" sang "${state === 'approved' ? 'Đã duyệt' : 'Đã xuất bản'}"`,
      ),
    )
    expect(await stored(title)).toEqual([])
  })

  it('starts a contributor’s record as a draft, and lets them submit it at once (a move they may make)', async () => {
    const plain = await s.payload.create({
      collection: 'heritage-items',
      draft: true,
      data: s.draft('Nháp bình thường') as never,
      ...s.as('contributor'),
    })
    expect(plain).toMatchObject({ _status: 'draft', reviewState: 'draft' })
    const sent = await s.payload.create({
      collection: 'heritage-items',
      draft: true,
      data: s.draft('Gửi ngay', { reviewState: 'submitted' }) as never,
      ...s.as('contributor'),
    })
    expect(sent).toMatchObject({ _status: 'draft', reviewState: 'submitted' })
  })

  it('refuses to publish a submitted record, whatever state the save claims, with our message', async () => {
    const item = await s.payload.create({
      collection: 'heritage-items',
      draft: true,
      data: s.draft('Đã gửi, chưa duyệt', { reviewState: 'submitted', accessLevel: 'public' }) as never,
      ...s.as('contributor'),
    })
    for (const [seat, data] of [
      ['editor', { _status: 'published' }],
      ['editor', { _status: 'published', reviewState: 'published' }],
      ['reviewer', { _status: 'published', reviewState: 'approved' }],
      ['reviewer', { _status: 'published', reviewState: 'published' }],
    ] as const) {
      await expect(
        s.payload.update({ collection: 'heritage-items', id: item.id, data, ...s.as(seat) }),
        `${seat} ${JSON.stringify(data)}`,
      ).rejects.toMatchObject(refusal(MESSAGES.publishNeedsApproval.vi))
    }
    const [latest] = await stored('Đã gửi, chưa duyệt')
    expect(latest).toMatchObject({ _status: 'draft', reviewState: 'submitted' })
    const anonymous = await s.payload.find({
      collection: 'heritage-items',
      where: { id: { equals: item.id } },
      overrideAccess: false,
    })
    expect(anonymous.totalDocs).toBe(0)
  })

  it('still lets the system (seeds, imports: no user) create published records', async () => {
    const seeded = await s.payload.create({
      collection: 'heritage-items',
      draft: false,
      data: s.draft('Nhập từ tệp', { _status: 'published', reviewState: 'published', accessLevel: 'public' }) as never,
    })
    expect(seeded).toMatchObject({ _status: 'published', reviewState: 'published' })
  })
})
