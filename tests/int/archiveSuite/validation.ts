import { expect, it } from 'vitest'

import { MESSAGES } from '../../../cms/src/i18n/messages'
import type { Id, SeededArchive } from './seededArchive'

/** Refusals in both languages: each invalid save and each review move the workflow does not allow. */
export function validationTests({ payload, english, draftItem }: SeededArchive): void {
  // Each case: what to save, and which message it must be refused with.
  const invalid: [keyof typeof MESSAGES, () => Promise<unknown>][] = [
    [
      'slug',
      () => payload().create({ collection: 'subjects', data: { name: 'Thử', slug: 'Sai Đường Dẫn' }, ...lang() }),
    ],
    [
      'iso6393',
      () =>
        payload().create({
          collection: 'ethnic-groups',
          data: { name: 'Thử', languages: [{ iso6393: 'EDE1', name: 'x' }] },
          ...lang(),
        }),
    ],
    [
      'dateOrder',
      () => createItem({ time: { startDate: '2024-03-10T12:00:00.000Z', endDate: '2024-03-01T12:00:00.000Z' } }),
    ],
    ['lunarMonth', () => createItem({ time: { lunarMonth: 13 } })],
    ['lunarDay', () => createItem({ time: { lunarDay: 31 } })],
    ['recurrenceInterval', () => createItem({ time: { recurrence: 'every_n_years', recurrenceYears: 1 } })],
    [
      'latitude',
      () =>
        payload().create({
          collection: 'places',
          data: { name: 'Thử', type: 'site', coordinates: { latitude: 40, longitude: 105 } },
          ...lang(),
        }),
    ],
    [
      'longitude',
      () =>
        payload().create({
          collection: 'places',
          data: { name: 'Thử', type: 'site', coordinates: { latitude: 12, longitude: 130 } },
          ...lang(),
        }),
    ],
    [
      'coordinatesPair',
      () =>
        payload().create({
          collection: 'places',
          data: { name: 'Thử', type: 'site', coordinates: { latitude: 12 } },
          ...lang(),
        }),
    ],
    ['accessReason', () => createItem({ accessLevel: 'community', accessReason: '' })],
    [
      'consentBeforePublic',
      async () =>
        createItem({
          accessLevel: 'public',
          people: [{ person: await anyPerson(), role: 'elder' }],
          consent: { status: 'pending' },
        }),
    ],
    ['featuredMedia', async () => createItem({ media: [], featuredMedia: await anyMedia() })],
    [
      'vttFile',
      async () =>
        payload().update({
          collection: 'media',
          id: await anyMedia(),
          data: { captions: [{ language: 'vie', file: await anyMedia() }] },
          ...lang(),
        }),
    ],
  ]
  let language: 'vi' | 'en' = 'vi'
  const lang = () => (language === 'en' ? { req: english() } : {})
  const createItem = (data: Record<string, unknown>) =>
    payload().create({
      collection: 'heritage-items',
      data: { ...draftItem('Thử kiểm tra'), _status: 'published', ...data },
      ...lang(),
    } as never)
  const anyPerson = async () => (await payload().find({ collection: 'people', limit: 1, depth: 0 })).docs[0]?.id
  const anyMedia = async () =>
    (await payload().find({ collection: 'media', limit: 1, depth: 0, where: { kind: { equals: 'image' } } })).docs[0]
      ?.id as Id

  it('edited in English, a new record that is not public still needs a reason; an edit may lean on the Vietnamese one', async () => {
    const before = await payload().count({ collection: 'heritage-items', draft: true } as never)
    await expect(
      payload().create({
        collection: 'heritage-items',
        locale: 'en',
        data: { ...draftItem('Thử lý do tiếng Anh'), _status: 'published', accessLevel: 'community', accessReason: '' },
      } as never),
    ).rejects.toMatchObject({
      data: { errors: expect.arrayContaining([expect.objectContaining({ path: 'accessReason' })]) },
    })
    expect((await payload().count({ collection: 'heritage-items', draft: true } as never)).totalDocs).toBe(
      before.totalDocs,
    )
    const item = await payload().create({
      collection: 'heritage-items',
      data: {
        ...draftItem('Thử lý do tiếng Việt'),
        _status: 'published',
        accessLevel: 'community',
        accessReason: 'Nghi lễ của dòng họ',
      },
    } as never)
    const edited = await payload().update({
      collection: 'heritage-items',
      id: item.id,
      locale: 'en',
      data: { title: 'Reason test', summary: 'A test record', accessLevel: 'restricted', _status: 'published' },
    } as never)
    expect((edited as { accessLevel?: string }).accessLevel).toBe('restricted')
    // The English edit wrote English: the Vietnamese text and reason are as they were.
    const vietnamese = (await payload().findByID({
      collection: 'heritage-items',
      id: item.id,
      locale: 'vi',
      fallbackLocale: false,
    } as never)) as { title?: string; accessReason?: string }
    expect([vietnamese.title, vietnamese.accessReason]).toEqual(['Thử lý do tiếng Việt', 'Nghi lễ của dòng họ'])
  })

  for (const lng of ['vi', 'en'] as const) {
    it.each(invalid)(`refuses with the ${lng} message: %s`, async (key, save) => {
      language = lng
      const before = await payload().count({ collection: 'heritage-items', draft: true } as never)
      await expect(save()).rejects.toMatchObject({
        data: { errors: expect.arrayContaining([expect.objectContaining({ message: MESSAGES[key][lng] })]) },
      })
      expect((await payload().count({ collection: 'heritage-items', draft: true } as never)).totalDocs).toBe(
        before.totalDocs,
      )
    })

    it(`refuses a review move the workflow does not allow, in ${lng}`, async () => {
      language = lng
      const item = await payload().create({
        collection: 'heritage-items',
        draft: true,
        data: draftItem('Chuyển sai'),
      })
      const message =
        lng === 'vi'
          ? 'Không thể chuyển trạng thái thẩm định từ "Bản nháp" sang "Đã xuất bản"'
          : 'The review state cannot move from "Draft" to "Published"'
      await expect(
        payload().update({
          collection: 'heritage-items',
          id: item.id,
          draft: true,
          data: { reviewState: 'published' },
          ...lang(),
        }),
      ).rejects.toMatchObject({
        data: { errors: [{ path: 'reviewState', message }] },
      })
      expect((await payload().findByID({ collection: 'heritage-items', id: item.id, draft: true })).reviewState).toBe(
        'draft',
      )
    })
  }
}
