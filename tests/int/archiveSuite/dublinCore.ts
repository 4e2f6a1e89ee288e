import { expect, it } from 'vitest'

import { toDublinCore } from '../../../cms/src/publication/dublinCore'
import type { ItemView } from '../../../cms/src/publication/recordView'
import type { SeededArchive } from './seededArchive'

/** Dublin Core derived from a stored record. */
export function dublinCoreTests({ payload }: SeededArchive): void {
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
}
