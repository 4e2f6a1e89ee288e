import { expect, it } from 'vitest'

import { DEMO_ITEMS } from '../../../cms/src/seed/heritageItems'
import type { SeededArchive } from './seededArchive'

/** Reading each locale, the fallback to Vietnamese, and the fields that fell back. */
export function localizationTests({ payload }: SeededArchive): void {
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
}
