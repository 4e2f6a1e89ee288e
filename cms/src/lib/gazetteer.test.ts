import { describe, expect, it } from 'vitest'

import { createGazetteer, type GazetteerPlace } from './gazetteer'

// The 1 July 2025 reorganisation, in miniature: provinces merged into one that kept its name, the
// district level abolished without a named replacement.
const END = '2025-06-30'
const PLACES: GazetteerPlace[] = [
  { id: 'dak-lak', names: ['tỉnh Đắk Lắk', 'Dak Lak Province'] },
  { id: 'phu-yen', names: ['tỉnh Phú Yên', 'Phu Yen Province'], validTo: END, replacedBy: ['dak-lak'] },
  { id: 'tay-hoa', names: ['huyện Tây Hòa', 'Tay Hoa District'], parent: 'phu-yen', validTo: END },
  { id: 'gia-lai', names: ['tỉnh Gia Lai'] },
  { id: 'binh-dinh', names: ['tỉnh Bình Định'], validTo: END, replacedBy: ['gia-lai'] },
  { id: 'vinh-thanh', names: ['huyện Vĩnh Thạnh'], parent: 'binh-dinh', validTo: END },
  { id: 'quang-ngai', names: ['tỉnh Quảng Ngãi'] },
  { id: 'kon-tum', names: ['tỉnh Kon Tum'], validTo: END, replacedBy: ['quang-ngai'] },
  { id: 'dong-nai', names: ['tỉnh Đồng Nai'] },
  { id: 'binh-phuoc', names: ['tỉnh Bình Phước'], validTo: END, replacedBy: ['dong-nai'] },
  { id: 'thanh-hoa', names: ['tỉnh Thanh Hóa'] },
  { id: 'ba-thuoc', names: ['huyện Bá Thước'], parent: 'thanh-hoa', validTo: END },
  { id: 'bau-truc', names: ['làng gốm Bàu Trúc'], parent: 'ninh-phuoc' },
  { id: 'ninh-phuoc', names: ['huyện Ninh Phước'], parent: 'ninh-thuan', validTo: END },
  { id: 'ninh-thuan', names: ['tỉnh Ninh Thuận'], validTo: END, replacedBy: ['khanh-hoa'] },
  { id: 'khanh-hoa', names: ['tỉnh Khánh Hòa'] },
]
const gazetteer = createGazetteer(PLACES)

describe('currentSuccessors', () => {
  it.each([
    ['phu-yen', ['dak-lak']],
    ['binh-dinh', ['gia-lai']],
    ['kon-tum', ['quang-ngai']],
    ['binh-phuoc', ['dong-nai']],
    ['tay-hoa', ['dak-lak']],
    ['vinh-thanh', ['gia-lai']],
    ['ba-thuoc', ['thanh-hoa']],
    ['thanh-hoa', ['thanh-hoa']],
    ['bau-truc', ['bau-truc']],
    ['no-such-place', []],
  ])('%s → %j', (id, expected) => {
    expect(gazetteer.currentSuccessors(id)).toEqual(expected)
  })
})

describe('historicalNames', () => {
  it('gives a merged province the names of what it absorbed', () => {
    expect(gazetteer.historicalNames('dak-lak')).toEqual([
      'tỉnh Đắk Lắk',
      'Dak Lak Province',
      'tỉnh Phú Yên',
      'Phu Yen Province',
    ])
    expect(gazetteer.historicalNames('quang-ngai')).toEqual(['tỉnh Quảng Ngãi', 'tỉnh Kon Tum'])
    expect(gazetteer.historicalNames('gia-lai')).toEqual(['tỉnh Gia Lai', 'tỉnh Bình Định'])
  })
})

describe('placesToIndex', () => {
  it('finds a record made in huyện Tây Hòa under Phú Yên and under Đắk Lắk', () => {
    expect(gazetteer.placesToIndex(['tay-hoa']).sort()).toEqual(['dak-lak', 'phu-yen', 'tay-hoa'])
  })

  it('walks up from a site through an abolished district to the current province', () => {
    expect(gazetteer.placesToIndex(['bau-truc']).sort()).toEqual(['bau-truc', 'khanh-hoa', 'ninh-phuoc', 'ninh-thuan'])
  })

  it('survives a cycle in bad data', () => {
    const looped = createGazetteer([
      { id: 1, names: ['A'], validTo: END, replacedBy: [2] },
      { id: 2, names: ['B'], validTo: END, replacedBy: [1] },
    ])
    expect(looped.currentSuccessors(1)).toEqual([])
    expect(looped.historicalNames(1)).toEqual(['A', 'B'])
  })
})
