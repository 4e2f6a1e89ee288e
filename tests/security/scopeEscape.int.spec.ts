import { createLocalReq, getAccessResults } from 'payload'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'

import { MESSAGES } from '../../cms/src/i18n/messages'
import { type StaffArchive, startStaffArchive } from './staffArchive'

/**
 * Hole 10 of issue 12: an editor moved a record of their province into another with
 * `PATCH {"owningProvince": other}`, and reviewers rewrote content and access levels. The province is
 * checked on its new value; reviewers move states and write review notes, nothing else.
 */
describe('scope: staff leaving their seat', () => {
  let s: StaffArchive
  beforeAll(async () => {
    s = await startStaffArchive()
  }, 120_000)
  afterAll(() => s?.archive.stop())

  const refusal = (message: string) => ({
    data: { errors: [expect.objectContaining({ path: 'owningProvince', message })] },
  })
  const latest = (id: number) =>
    s.payload.findByID({ collection: 'heritage-items', id, draft: true, depth: 0, overrideAccess: true })

  it.each(['editor', 'contributor'] as const)(
    '%s cannot move a record of their province into another',
    async (seat) => {
      const item = await s.payload.create({
        collection: 'heritage-items',
        draft: true,
        data: s.draft(`Hồ sơ không được dời (${seat})`) as never,
        ...s.as(seat),
      })
      for (const draft of [true, false]) {
        await expect(
          s.payload.update({
            collection: 'heritage-items',
            id: item.id,
            draft,
            data: { owningProvince: s.place['tỉnh Gia Lai'] },
            ...s.as(seat),
          }),
          `draft=${draft}`,
        ).rejects.toMatchObject(refusal(MESSAGES.provinceMove.vi))
      }
      expect((await latest(item.id)).owningProvince).toBe(s.place['tỉnh Đắk Lắk'])
    },
  )

  it('lets an admin move a record, and an editor keep (resend) their own province', async () => {
    const item = await s.payload.create({
      collection: 'heritage-items',
      draft: true,
      data: s.draft('Hồ sơ được gửi lại') as never,
      ...s.as('editor'),
    })
    const kept = await s.payload.update({
      collection: 'heritage-items',
      id: item.id,
      draft: true,
      data: { owningProvince: s.place['tỉnh Đắk Lắk'], summary: 'Gửi lại cả biểu mẫu.' },
      ...s.as('editor'),
    })
    expect(kept.summary).toBe('Gửi lại cả biểu mẫu.')
    const moved = await s.payload.update({
      collection: 'heritage-items',
      id: item.id,
      draft: true,
      data: { owningProvince: s.place['tỉnh Gia Lai'] },
      ...s.as('admin'),
    })
    expect(moved.owningProvince).toMatchObject({ id: s.place['tỉnh Gia Lai'] })
  })

  it('an editor of another province cannot create into Đắk Lắk, nor bring a record there', async () => {
    await expect(
      s.payload.create({
        collection: 'heritage-items',
        draft: true,
        data: s.draft('Tạo hộ tỉnh khác') as never,
        ...s.as('editorElsewhere'),
      }),
    ).rejects.toMatchObject({ status: 403 })
    const theirs = await s.payload.create({
      collection: 'heritage-items',
      draft: true,
      data: s.draft('Hồ sơ Gia Lai', {
        owningProvince: s.place['tỉnh Gia Lai'],
        ethnicGroups: [s.group['gia-rai']],
      }) as never,
      ...s.as('editorElsewhere'),
    })
    await expect(
      s.payload.update({
        collection: 'heritage-items',
        id: theirs.id,
        draft: true,
        data: { owningProvince: s.place['tỉnh Đắk Lắk'] },
        ...s.as('editorElsewhere'),
      }),
    ).rejects.toMatchObject(refusal(MESSAGES.provinceMove.vi))
  })

  it('a reviewer moves the state and writes the note, but cannot rewrite content or the access level', async () => {
    const item = await s.payload.create({
      collection: 'heritage-items',
      draft: true,
      data: s.draft('Hồ sơ chờ thẩm định', { reviewState: 'submitted' }) as never,
      ...s.as('contributor'),
    })
    await s.payload.update({
      collection: 'heritage-items',
      id: item.id,
      draft: true,
      data: {
        reviewState: 'approved',
        reviewNote: 'Đạt, đã kiểm tra sự đồng ý.',
        title: 'Tiêu đề do thẩm định viên viết lại',
        summary: 'Nội dung bị thay.',
        accessLevel: 'public',
        owningProvince: s.place['tỉnh Đắk Lắk'],
        consent: { status: 'given', givenBy: 'giả mạo' },
      } as never,
      ...s.as('reviewer'),
    })
    const after = await latest(item.id)
    expect(after).toMatchObject({
      reviewState: 'approved',
      title: 'Hồ sơ chờ thẩm định',
      summary: 'Hồ sơ chờ thẩm định.',
      accessLevel: 'restricted',
    })
    expect(after.consent?.givenBy ?? null).toBeNull()
    expect(after.reviewHistory?.at(-1)).toMatchObject({
      from: 'submitted',
      to: 'approved',
      note: 'Đạt, đã kiểm tra sự đồng ý.',
    })
    const published = await s.payload.update({
      collection: 'heritage-items',
      id: item.id,
      data: { _status: 'published' },
      ...s.as('reviewer'),
    })
    expect(published).toMatchObject({ _status: 'published', reviewState: 'published', accessLevel: 'restricted' })
  })

  it('tells the admin, asked without data, that a reviewer may edit the review fields and not the content', async () => {
    // What /api/access answers: `true` or `{ permission }` for allowed, a missing key or false for refused.
    type Allowed = true | { permission?: boolean } | undefined
    const allowed = (value: Allowed) => value === true || (typeof value === 'object' && value.permission === true)
    type Sanitized = { update?: Allowed; fields: true | Record<string, true | { update?: Allowed }> }
    const permissions = async (seat: 'reviewer' | 'editor') => {
      const req = await createLocalReq({ user: { ...s.users[seat], collection: 'users' } as never }, s.payload)
      const items = (await getAccessResults({ req })).collections?.['heritage-items'] as unknown as Sanitized
      const field = (name: string) => {
        const entry = items.fields === true ? true : items.fields[name]
        return entry === true || allowed(entry?.update)
      }
      return { update: allowed(items.update), field }
    }
    const reviewer = await permissions('reviewer')
    expect(reviewer.update).toBe(true)
    expect(['reviewState', 'reviewNote'].map(reviewer.field)).toEqual([true, true])
    expect(['title', 'summary', 'accessLevel', 'owningProvince', 'consent', 'media'].map(reviewer.field)).toEqual([
      false,
      false,
      false,
      false,
      false,
      false,
    ])
    const editor = await permissions('editor')
    expect(['title', 'accessLevel', 'reviewState'].map(editor.field)).toEqual([true, true, true])
  })
})
