import { expect, it } from 'vitest'

import { placeHistory } from '../../../cms/src/gazetteer/loadGazetteer'
import type { SeededArchive } from './seededArchive'

/** The gazetteer: old places lead to today's, merged provinces answer to old names, items are found under both. */
export function gazetteerTests({ payload, place }: SeededArchive): void {
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
}
