import { expect, it } from 'vitest'

import { HERITAGE_KIND_KEYS } from '../../../cms/src/lib/heritageKinds'
import { DEMO_ITEMS } from '../../../cms/src/seed/heritageItems'
import { seedDemoContent } from '../../../cms/src/seed/seedDemoContent'
import type { SeededArchive } from './seededArchive'

/** The demo content README command 1 seeds: every kind, access level and language, and seeded only once. */
export function demoContentTests({ payload, place }: SeededArchive): void {
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
    for (const province of ['tỉnh Phú Yên', 'tỉnh Thanh Hóa', 'tỉnh Bình Phước', 'tỉnh Quảng Ngãi', 'tỉnh Bình Định']) {
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
}
