/**
 * Demo gazetteer: the provinces of the provincial plans (Phú Yên, Thanh Hóa, Bình Phước, Quảng Ngãi,
 * Bình Định) and neighbours, with the 1 July 2025 reorganisation (Resolution 202/2025/QH15): Phú Yên →
 * Đắk Lắk, Bình Định → Gia Lai, Kon Tum → Quảng Ngãi, Bình Phước → Đồng Nai, Ninh Thuận → Khánh Hòa;
 * Thanh Hóa unchanged; every district-level unit ended on 30 June 2025. Points are representative, not
 * boundaries.
 */
export type DemoPlace = {
  key: string
  name: { vi: string; en: string }
  otherNames?: string[]
  type: 'province' | 'district' | 'commune' | 'village' | 'site'
  parent?: string
  replacedBy?: string[]
  validTo?: string
  point?: [latitude: number, longitude: number]
}

const MERGER_END = '2025-06-30T12:00:00.000Z'
const old = { validTo: MERGER_END }

export const DEMO_PLACES: DemoPlace[] = [
  // Provinces as they are since 1 July 2025.
  {
    key: 'dak-lak',
    name: { vi: 'tỉnh Đắk Lắk', en: 'Đắk Lắk Province' },
    otherNames: ['Dak Lak', 'Daklak'],
    type: 'province',
    point: [12.667, 108.038],
  },
  {
    key: 'gia-lai',
    name: { vi: 'tỉnh Gia Lai', en: 'Gia Lai Province' },
    otherNames: ['Gia Lai'],
    type: 'province',
    point: [13.983, 108.0],
  },
  {
    key: 'quang-ngai',
    name: { vi: 'tỉnh Quảng Ngãi', en: 'Quảng Ngãi Province' },
    otherNames: ['Quang Ngai'],
    type: 'province',
    point: [15.12, 108.8],
  },
  {
    key: 'dong-nai',
    name: { vi: 'tỉnh Đồng Nai', en: 'Đồng Nai Province' },
    otherNames: ['Dong Nai'],
    type: 'province',
    point: [10.95, 106.82],
  },
  {
    key: 'thanh-hoa',
    name: { vi: 'tỉnh Thanh Hóa', en: 'Thanh Hóa Province' },
    otherNames: ['Thanh Hoa', 'Thanh Hoá'],
    type: 'province',
    point: [19.8, 105.78],
  },
  {
    key: 'khanh-hoa',
    name: { vi: 'tỉnh Khánh Hòa', en: 'Khánh Hòa Province' },
    otherNames: ['Khanh Hoa'],
    type: 'province',
    point: [12.24, 109.19],
  },
  // Provinces merged on 1 July 2025.
  {
    key: 'phu-yen',
    name: { vi: 'tỉnh Phú Yên', en: 'Phú Yên Province' },
    otherNames: ['Phu Yen'],
    type: 'province',
    replacedBy: ['dak-lak'],
    ...old,
    point: [13.088, 109.297],
  },
  {
    key: 'binh-dinh',
    name: { vi: 'tỉnh Bình Định', en: 'Bình Định Province' },
    otherNames: ['Binh Dinh'],
    type: 'province',
    replacedBy: ['gia-lai'],
    ...old,
    point: [13.776, 109.224],
  },
  {
    key: 'kon-tum',
    name: { vi: 'tỉnh Kon Tum', en: 'Kon Tum Province' },
    otherNames: ['Kontum'],
    type: 'province',
    replacedBy: ['quang-ngai'],
    ...old,
    point: [14.35, 108.0],
  },
  {
    key: 'binh-phuoc',
    name: { vi: 'tỉnh Bình Phước', en: 'Bình Phước Province' },
    otherNames: ['Binh Phuoc'],
    type: 'province',
    replacedBy: ['dong-nai'],
    ...old,
    point: [11.535, 106.883],
  },
  {
    key: 'ninh-thuan',
    name: { vi: 'tỉnh Ninh Thuận', en: 'Ninh Thuận Province' },
    otherNames: ['Ninh Thuan'],
    type: 'province',
    replacedBy: ['khanh-hoa'],
    ...old,
    point: [11.565, 108.988],
  },
  // District-level units, all ended on 30 June 2025.
  {
    key: 'tay-hoa',
    name: { vi: 'huyện Tây Hòa', en: 'Tây Hòa District' },
    otherNames: ['Tay Hoa'],
    type: 'district',
    parent: 'phu-yen',
    ...old,
  },
  {
    key: 'song-hinh',
    name: { vi: 'huyện Sông Hinh', en: 'Sông Hinh District' },
    otherNames: ['Song Hinh'],
    type: 'district',
    parent: 'phu-yen',
    ...old,
  },
  {
    key: 'vinh-thanh',
    name: { vi: 'huyện Vĩnh Thạnh', en: 'Vĩnh Thạnh District' },
    otherNames: ['Vinh Thanh'],
    type: 'district',
    parent: 'binh-dinh',
    ...old,
  },
  {
    key: 'an-lao',
    name: { vi: 'huyện An Lão', en: 'An Lão District' },
    otherNames: ['An Lao'],
    type: 'district',
    parent: 'binh-dinh',
    ...old,
  },
  {
    key: 'ba-to',
    name: { vi: 'huyện Ba Tơ', en: 'Ba Tơ District' },
    otherNames: ['Ba To'],
    type: 'district',
    parent: 'quang-ngai',
    ...old,
  },
  {
    key: 'tp-kon-tum',
    name: { vi: 'thành phố Kon Tum', en: 'Kon Tum City' },
    type: 'district',
    parent: 'kon-tum',
    ...old,
  },
  {
    key: 'bu-gia-map',
    name: { vi: 'huyện Bù Gia Mập', en: 'Bù Gia Mập District' },
    otherNames: ['Bu Gia Map'],
    type: 'district',
    parent: 'binh-phuoc',
    ...old,
  },
  {
    key: 'ba-thuoc',
    name: { vi: 'huyện Bá Thước', en: 'Bá Thước District' },
    otherNames: ['Ba Thuoc'],
    type: 'district',
    parent: 'thanh-hoa',
    ...old,
  },
  {
    key: 'ngoc-lac',
    name: { vi: 'huyện Ngọc Lặc', en: 'Ngọc Lặc District' },
    otherNames: ['Ngoc Lac'],
    type: 'district',
    parent: 'thanh-hoa',
    ...old,
  },
  {
    key: 'ninh-phuoc',
    name: { vi: 'huyện Ninh Phước', en: 'Ninh Phước District' },
    otherNames: ['Ninh Phuoc'],
    type: 'district',
    parent: 'ninh-thuan',
    ...old,
  },
  {
    key: 'phan-rang',
    name: { vi: 'thành phố Phan Rang – Tháp Chàm', en: 'Phan Rang – Tháp Chàm City' },
    otherNames: ['Phan Rang'],
    type: 'district',
    parent: 'ninh-thuan',
    ...old,
  },
  {
    key: 'buon-ma-thuot',
    name: { vi: 'thành phố Buôn Ma Thuột', en: 'Buôn Ma Thuột City' },
    otherNames: ['Buon Ma Thuot', 'Ban Mê Thuột'],
    type: 'district',
    parent: 'dak-lak',
    ...old,
  },
  {
    key: 'ayun-pa',
    name: { vi: 'thị xã Ayun Pa', en: 'Ayun Pa Town' },
    otherNames: ['Ayunpa'],
    type: 'district',
    parent: 'gia-lai',
    ...old,
  },
  // Villages and sites (they outlive the administrative changes).
  {
    key: 'bau-truc',
    name: { vi: 'làng gốm Bàu Trúc', en: 'Bàu Trúc pottery village' },
    otherNames: ['Bau Truc', 'Paley Hamu Trok'],
    type: 'village',
    parent: 'ninh-phuoc',
    point: [11.5, 108.89],
  },
  {
    key: 'po-klong-garai',
    name: { vi: 'tháp Po Klong Garai', en: 'Po Klong Garai towers' },
    otherNames: ['Pô Klông Garai', 'Po Klaung Girai'],
    type: 'site',
    parent: 'phan-rang',
    point: [11.6, 108.95],
  },
  {
    key: 'lang-teng',
    name: { vi: 'làng Teng', en: 'Teng village' },
    otherNames: ['Lang Teng'],
    type: 'village',
    parent: 'ba-to',
  },
]
