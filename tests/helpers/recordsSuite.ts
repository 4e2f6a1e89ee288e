import { initI18n } from '@payloadcms/translations'
import type { Payload, PayloadRequest } from 'payload'
import { beforeAll, describe, expect, it } from 'vitest'

import { placeHistory } from '../../cms/src/gazetteer/loadGazetteer'
import { MESSAGES } from '../../cms/src/i18n/messages'
import { HERITAGE_KIND_KEYS } from '../../cms/src/lib/heritageKinds'
import type { Place } from '../../cms/src/payload-types'
import { toDublinCore } from '../../cms/src/publication/dublinCore'
import type { ItemView } from '../../cms/src/publication/recordView'
import { DEMO_ITEMS } from '../../cms/src/seed/heritageItems'
import { seedDemoContent } from '../../cms/src/seed/seedDemoContent'

// The generated types name ids as SQLite numbers; on MongoDB they are strings. They are only passed along.
type Id = Place['id']

/**
 * The records, through the Local API on a seeded archive: demo content, gazetteer, localization and
 * fallback, review history and versions, slugs, translated validation, derived metadata.
 */
export function recordsSuite(label: string, useArchive: () => () => Payload): void {
  describe(`${label}: records and demo content`, () => {
    const payload = useArchive()
    const ids = new Map<string, Id>()
    const place = (vi: string) => ids.get(`place:${vi}`) as Id
    let english: Partial<PayloadRequest>

    beforeAll(async () => {
      const progress: string[] = []
      const report = await seedDemoContent(payload(), (done, total, name) => progress.push(`${done}/${total} ${name}`))
      expect(report.skipped).toBe(false)
      expect(progress.at(-1)).toMatch(/^(\d+)\/\1 /)
      const places = await payload().find({ collection: 'places', pagination: false, depth: 0 })
      for (const doc of places.docs) ids.set(`place:${doc.name}`, doc.id)
      const [ede] = (
        await payload().find({ collection: 'ethnic-groups', where: { slug: { equals: 'e-de' } }, depth: 0 })
      ).docs
      if (ede) ids.set('group', ede.id)
      english = { i18n: await initI18n({ config: payload().config.i18n, context: 'api', language: 'en' }) }
    }, 120_000)

    it('seeds every kind, every access level, the plan provinces, people, subjects and media in both languages', async () => {
      const items = await payload().find({
        collection: 'heritage-items',
        pagination: false,
        depth: 1,
        draft: true,
        locale: 'all',
      })
      expect(items.totalDocs).toBe(DEMO_ITEMS.length)
      expect(items.totalDocs).toBeGreaterThanOrEqual(24)
      expect(new Set(items.docs.map((doc) => doc.kind))).toEqual(new Set(HERITAGE_KIND_KEYS))
      expect(new Set(items.docs.map((doc) => doc.accessLevel))).toEqual(new Set(['public', 'community', 'restricted']))
      for (const doc of items.docs) {
        expect(doc.media?.length, `${JSON.stringify(doc.title)} has media`).toBeGreaterThan(0)
        expect((doc.title as unknown as { vi: string; en: string }).en, 'English title').toBeTruthy()
      }
      const kinds = await payload().find({
        collection: 'media',
        pagination: false,
        depth: 0,
        where: { kind: { in: ['audio', 'video'] } },
      })
      expect(new Set(kinds.docs.map((doc) => doc.mimeType))).toEqual(new Set(['audio/mpeg', 'video/mp4']))

      const groups = await payload().find({ collection: 'ethnic-groups', pagination: false, locale: 'vi' })
      expect(groups.docs.map((doc) => doc.name)).toEqual(
        expect.arrayContaining(['Ê Đê', 'Chăm', 'Ba Na', 'Xtiêng', 'Hrê', 'Gia Rai']),
      )
      for (const province of [
        'tỉnh Phú Yên',
        'tỉnh Thanh Hóa',
        'tỉnh Bình Phước',
        'tỉnh Quảng Ngãi',
        'tỉnh Bình Định',
      ]) {
        expect(place(province), province).toBeDefined()
      }
      expect((await payload().count({ collection: 'people' })).totalDocs).toBeGreaterThanOrEqual(6)
      expect((await payload().count({ collection: 'subjects' })).totalDocs).toBeGreaterThanOrEqual(8)
    })

    it('seeds only once: a second run creates nothing', async () => {
      const before = await payload().count({ collection: 'media' })
      expect(await seedDemoContent(payload())).toEqual({ created: 0, skipped: true })
      expect((await payload().count({ collection: 'heritage-items', draft: true } as never)).totalDocs).toBe(
        DEMO_ITEMS.length,
      )
      expect((await payload().count({ collection: 'media' })).totalDocs).toBe(before.totalDocs)
    })

    it.each([
      ['tỉnh Phú Yên', 'tỉnh Đắk Lắk'],
      ['tỉnh Bình Định', 'tỉnh Gia Lai'],
      ['tỉnh Kon Tum', 'tỉnh Quảng Ngãi'],
      ['tỉnh Bình Phước', 'tỉnh Đồng Nai'],
      ['huyện Tây Hòa', 'tỉnh Đắk Lắk'],
      ['tỉnh Thanh Hóa', 'tỉnh Thanh Hóa'],
    ])('gazetteer: %s is today %s', async (old, current) => {
      expect((await placeHistory(payload(), place(old))).currentSuccessors).toEqual([place(current)])
    })

    it('gazetteer: a merged province answers to the names of what it absorbed', async () => {
      const { historicalNames } = await placeHistory(payload(), place('tỉnh Đắk Lắk'))
      expect(historicalNames).toEqual(
        expect.arrayContaining(['tỉnh Đắk Lắk', 'Dak Lak', 'tỉnh Phú Yên', 'Phú Yên Province', 'Phu Yen']),
      )
      expect((await placeHistory(payload(), place('tỉnh Quảng Ngãi'))).historicalNames).toEqual(
        expect.arrayContaining(['tỉnh Kon Tum', 'Kontum']),
      )
    })

    it('finds the item recorded in huyện Tây Hòa, tỉnh Phú Yên under Tây Hòa, Phú Yên and Đắk Lắk', async () => {
      for (const where of ['huyện Tây Hòa', 'tỉnh Phú Yên', 'tỉnh Đắk Lắk']) {
        const found = await payload().find({
          collection: 'heritage-items',
          where: { placesIndex: { in: [place(where)] } },
          depth: 0,
          pagination: false,
        })
        expect(
          found.docs.map((doc) => doc.title),
          where,
        ).toContain('Lễ cúng bến nước của người Ê Đê ở Tây Hòa')
      }
      const item = await payload().find({
        collection: 'heritage-items',
        where: { slug: { equals: 'le-cung-ben-nuoc-cua-nguoi-e-de-o-tay-hoa' } },
        depth: 0,
      })
      expect(item.docs[0]?.places).toEqual([place('huyện Tây Hòa')])
    })

    it('reads each locale, falls back to Vietnamese and says which fields fell back', async () => {
      const [ka] = (
        await payload().find({
          collection: 'heritage-items',
          where: { slug: { equals: 'hat-ka-leu-cua-nguoi-hre' } },
          draft: true,
          locale: 'en',
        })
      ).docs
      expect(ka?.title).toBe('Hre ka lêu singing')
      expect(ka?.summary).toBe(DEMO_ITEMS.find((item) => item.title.en === 'Hre ka lêu singing')?.summary.vi)
      expect(ka?.translationFallbacks).toEqual(['summary'])
      const [katê] = (
        await payload().find({ collection: 'heritage-items', where: { slug: { equals: 'le-hoi-kate' } }, locale: 'en' })
      ).docs
      expect(katê?.summary).toContain('largest yearly festival')
      expect(katê?.translationFallbacks).toEqual([])
      const [vi] = (
        await payload().find({ collection: 'heritage-items', where: { slug: { equals: 'le-hoi-kate' } }, locale: 'vi' })
      ).docs
      expect(vi?.title).toBe('Lễ hội Katê')
      expect(vi?.translationFallbacks).toEqual([])
    })

    it('records every review move with who, when and the note, and keeps a version per save', async () => {
      const editor = await payload().create({
        collection: 'users',
        data: { email: 'bien-tap@vi-du.vn', password: 'mot-mat-khau-dai-2026', roles: ['editor'] },
      })
      const as = { user: { ...editor, collection: 'users' as const } }
      const item = await payload().create({
        collection: 'heritage-items',
        draft: true,
        data: draftItem('Lễ hội Đâm trâu thử nghiệm'),
        ...as,
      })
      for (const [reviewState, reviewNote] of [
        ['submitted', 'Xin duyệt'],
        ['approved', 'Đủ đồng ý'],
        ['published', null],
      ] as const) {
        await payload().update({
          collection: 'heritage-items',
          id: item.id,
          draft: true,
          data: { reviewState, reviewNote },
          ...as,
        })
      }
      const saved = await payload().findByID({ collection: 'heritage-items', id: item.id, draft: true, depth: 0 })
      expect(saved.reviewState).toBe('published')
      expect(saved.reviewNote ?? null).toBeNull()
      expect(
        saved.reviewHistory?.map(({ from, to, by, note }) => ({ from: from ?? null, to, by, note: note ?? null })),
      ).toEqual([
        { from: null, to: 'draft', by: editor.id, note: null },
        { from: 'draft', to: 'submitted', by: editor.id, note: 'Xin duyệt' },
        { from: 'submitted', to: 'approved', by: editor.id, note: 'Đủ đồng ý' },
        { from: 'approved', to: 'published', by: editor.id, note: null },
      ])
      for (const row of saved.reviewHistory ?? []) expect(Date.now() - new Date(row.at).getTime()).toBeLessThan(120_000)
      const versions = await payload().findVersions({
        collection: 'heritage-items',
        where: { parent: { equals: item.id } },
        pagination: false,
      })
      expect(versions.docs.map((version) => version.version.reviewState).sort()).toEqual([
        'approved',
        'draft',
        'published',
        'submitted',
      ])
    })

    it('makes slugs from the Vietnamese title, unique, stable when the title changes, old ones kept', async () => {
      const first = await payload().create({
        collection: 'heritage-items',
        draft: true,
        data: draftItem('Lễ hội Đâm trâu'),
      })
      expect(first.slug).toBe('le-hoi-dam-trau')
      const second = await payload().create({
        collection: 'heritage-items',
        draft: true,
        data: draftItem('Lễ hội Đâm trâu'),
      })
      expect(second.slug).toBe('le-hoi-dam-trau-2')
      const renamed = await payload().update({
        collection: 'heritage-items',
        id: first.id,
        draft: true,
        data: { title: 'Lễ đâm trâu của người Hrê ở Ba Tơ' },
      })
      expect(renamed.slug).toBe('le-hoi-dam-trau')
      const moved = await payload().update({
        collection: 'heritage-items',
        id: first.id,
        draft: true,
        data: { slug: 'dam-trau-ba-to' },
      })
      expect(moved).toMatchObject({ slug: 'dam-trau-ba-to', previousSlugs: ['le-hoi-dam-trau'] })
      const third = await payload().create({
        collection: 'heritage-items',
        draft: true,
        data: draftItem('Lễ hội Đâm trâu'),
      })
      expect(third.slug).toBe('le-hoi-dam-trau-3')
    })

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
    const lang = () => (language === 'en' ? { req: english } : {})
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

    it('derives Dublin Core from a stored record, naming only people who agreed', async () => {
      const [doc] = (
        await payload().find({
          collection: 'heritage-items',
          where: { slug: { equals: 'le-cung-ben-nuoc-cua-nguoi-e-de-o-tay-hoa' } },
          locale: 'all',
          depth: 1,
        })
      ).docs
      const dc = toDublinCore(doc as unknown as ItemView, { baseUrl: 'https://disanso.example.vn' })
      expect(dc.filter((s) => s.element === 'title')).toEqual([
        { element: 'title', value: 'Lễ cúng bến nước của người Ê Đê ở Tây Hòa', lang: 'vi' },
        { element: 'title', value: 'Ede water-wharf ceremony in Tây Hòa', lang: 'en' },
      ])
      expect(dc.filter((s) => s.element === 'contributor').map((s) => s.value)).toEqual([
        'Già làng buôn Ê Đê (hồ sơ mẫu)',
        'Cán bộ văn hóa ghi hình (hồ sơ mẫu)',
      ])
      expect(dc.filter((s) => s.element === 'coverage' && s.lang === 'vi').map((s) => s.value)).toEqual([
        'huyện Tây Hòa',
        'tỉnh Đắk Lắk',
      ])
    })

    /** The smallest valid item: a draft in Đắk Lắk for the Ê Đê. */
    function draftItem(title: string) {
      return {
        title,
        summary: 'Bản ghi thử',
        kind: 'festival' as const,
        ethnicGroups: [ids.get('group') as Id],
        owningProvince: place('tỉnh Đắk Lắk'),
        accessLevel: 'restricted' as const,
        accessReason: 'Đang thử',
        consent: { status: 'pending' as const },
        rights: { licence: 'all-rights-reserved' as const },
      }
    }
  })
}
