import type { GroupSource, HeritageSource, PersonSource, SourceGroup, SourcePlace } from '../types'

export const EDE: SourceGroup = {
  id: '1',
  slug: 'e-de',
  name: { vi: 'Ê Đê', en: 'Ede' },
  endonym: 'Anak Ê Đê',
  otherNames: ['Rhade', 'Ra-đê', 'Đê'],
}

export const STIENG: SourceGroup = {
  id: '5',
  slug: 'xtieng',
  name: { vi: 'Xtiêng', en: 'Stieng' },
  endonym: null,
  otherNames: ["S'tiêng", 'Xa Điêng'],
}

export const DAK_LAK: SourcePlace = {
  id: '10',
  name: { vi: 'tỉnh Đắk Lắk', en: 'Đắk Lắk Province' },
  otherNames: ['Dak Lak'],
  type: 'province',
  now: [],
}

export const PHU_YEN: SourcePlace = {
  id: '11',
  name: { vi: 'tỉnh Phú Yên', en: 'Phú Yên Province' },
  otherNames: ['Phu Yen'],
  type: 'province',
  now: [DAK_LAK.name],
}

export const TAY_HOA: SourcePlace = {
  id: '12',
  name: { vi: 'huyện Tây Hòa', en: 'Tây Hòa District' },
  otherNames: [],
  type: 'district',
  now: [],
}

/** A published, public item with private fields a careless mapping could copy. */
export const WHARF: HeritageSource & Record<string, unknown> = {
  collection: 'heritage-items',
  id: '42',
  slug: 'le-cung-ben-nuoc',
  published: true,
  access: 'public',
  title: { vi: 'Lễ cúng bến nước của người Ê Đê', en: 'Ede water-wharf ceremony' },
  summary: { vi: 'Lễ tạ ơn thần nước của buôn.', en: null },
  description: { vi: 'Sau mùa rẫy, cả buôn làm sạch bến nước.', en: null },
  kind: { value: 'ritual', label: { vi: 'Nghi lễ, phong tục', en: 'Ritual or custom' } },
  groups: [EDE],
  places: [TAY_HOA, PHU_YEN],
  date: '2023-03-12T12:00:00.000Z',
  lunarMonth: null,
  media: [
    { kind: 'video', hasTranscript: false },
    { kind: 'audio', hasTranscript: true },
  ],
  thumbnail: '/media/7/image-webp-320.webp',
  sourceCollection: 'phong-tu-lieu-dak-lak',
  updatedAt: '2026-11-01T08:00:00.000Z',
  // not for any index
  consentNotes: 'CANARY consent recorded with the elder on 2023-03-01',
  internalNotes: 'CANARY reviewer comment',
  exactCoordinates: { latitude: 12.9, longitude: 109.1 },
}

export const RESTRICTED: HeritageSource = {
  ...WHARF,
  id: '43',
  slug: 'bai-cung-han-che',
  access: 'restricted',
  title: { vi: 'Bài cúng hạn chế', en: null },
  thumbnail: null,
  media: [],
}

export const DRAFT: HeritageSource = { ...WHARF, id: '44', slug: 'ban-nhap', published: false }

export const ELDER: PersonSource = {
  collection: 'people',
  id: '3',
  slug: 'y-mong',
  published: true,
  access: 'public',
  name: 'Y Mông',
  biography: { vi: 'Già làng buôn Tơng Jú.', en: 'Village elder.' },
  group: EDE,
  updatedAt: '2026-10-01T00:00:00.000Z',
}

export const EDE_GROUP: GroupSource = {
  collection: 'ethnic-groups',
  id: EDE.id,
  slug: EDE.slug,
  published: true,
  access: 'public',
  group: EDE,
  description: { vi: 'Dân tộc Ê Đê sống chủ yếu ở Đắk Lắk.', en: null },
  updatedAt: '2026-10-01T00:00:00.000Z',
}
