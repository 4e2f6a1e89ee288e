import type { SubjectKey } from './subjects'

/**
 * Demo people. They are profiles of roles, not real persons: each name says "(hồ sơ mẫu)" (sample
 * profile) so nobody mistakes demo content for a living artisan's record.
 */
export type DemoPerson = {
  key: string
  name: string
  roles: ('artisan' | 'elder' | 'informant' | 'recorder' | 'researcher')[]
  group?: string
  place?: string
  biography: { vi: string; en?: string }
  expertise: SubjectKey[]
  consent: boolean
  access: 'public' | 'community' | 'restricted'
}

export const DEMO_PEOPLE: DemoPerson[] = [
  {
    key: 'gia-lang-ede',
    name: 'Già làng buôn Ê Đê (hồ sơ mẫu)',
    roles: ['elder', 'informant'],
    group: 'e-de',
    place: 'tay-hoa',
    biography: {
      vi: 'Người có uy tín của buôn, chủ trì các lễ cúng của cộng đồng.',
      en: 'A respected elder of the village who leads its community rites.',
    },
    expertise: ['agrarian', 'belief'],
    consent: true,
    access: 'public',
  },
  {
    key: 'nghe-nhan-su-thi',
    name: 'Nghệ nhân kể khan (hồ sơ mẫu)',
    roles: ['artisan'],
    group: 'e-de',
    place: 'buon-ma-thuot',
    biography: {
      vi: 'Người kể khan (sử thi) Ê Đê, thuộc nhiều đoạn sử thi Đam San.',
      en: 'An Ede khan (epic) teller who knows long passages of the Đam San epic.',
    },
    expertise: ['epics'],
    consent: true,
    access: 'public',
  },
  {
    key: 'nghe-nhan-gom',
    name: 'Nghệ nhân gốm Bàu Trúc (hồ sơ mẫu)',
    roles: ['artisan'],
    group: 'cham',
    place: 'bau-truc',
    biography: {
      vi: 'Người phụ nữ Chăm nặn gốm bằng tay, không dùng bàn xoay, nung lộ thiên.',
      en: 'A Cham woman who shapes pottery by hand without a wheel and fires it in the open.',
    },
    expertise: ['pottery'],
    consent: true,
    access: 'public',
  },
  {
    key: 'nha-nghien-cuu-cham',
    name: 'Nhà nghiên cứu văn hóa Chăm (hồ sơ mẫu)',
    roles: ['researcher'],
    group: 'cham',
    place: 'phan-rang',
    biography: { vi: 'Nghiên cứu lễ hội và lịch Chăm.' },
    expertise: ['belief', 'agrarian'],
    consent: true,
    access: 'public',
  },
  {
    key: 'gia-lang-bana',
    name: 'Già làng Ba Na (hồ sơ mẫu)',
    roles: ['elder'],
    group: 'ba-na',
    place: 'vinh-thanh',
    biography: {
      vi: 'Già làng, người giữ luật tục và điều hành lễ hội của làng.',
      en: 'Village elder, keeper of customary law, who leads the village festivals.',
    },
    expertise: ['agrarian', 'gongs'],
    consent: true,
    access: 'public',
  },
  {
    key: 'nghe-nhan-det-xtieng',
    name: 'Nghệ nhân dệt thổ cẩm Xtiêng (hồ sơ mẫu)',
    roles: ['artisan'],
    group: 'xtieng',
    place: 'bu-gia-map',
    biography: {
      vi: 'Dệt vải trên khung dệt đeo lưng, giữ các mẫu hoa văn cổ.',
      en: 'Weaves on a backstrap loom and keeps the old patterns.',
    },
    expertise: ['brocade'],
    consent: true,
    access: 'public',
  },
  {
    key: 'thay-mo-muong',
    name: 'Thầy mo Mường (hồ sơ mẫu)',
    roles: ['elder', 'informant'],
    group: 'muong',
    place: 'ngoc-lac',
    biography: { vi: 'Thầy mo thực hành các nghi lễ Mo Mường trong cộng đồng.' },
    expertise: ['epics', 'life-cycle'],
    consent: false,
    access: 'community',
  },
  {
    key: 'can-bo-ghi-hinh',
    name: 'Cán bộ văn hóa ghi hình (hồ sơ mẫu)',
    roles: ['recorder'],
    place: 'phu-yen',
    biography: {
      vi: 'Cán bộ phòng văn hóa, ghi hình các lễ hội của đồng bào.',
      en: 'A district cultural officer who films community festivals.',
    },
    expertise: [],
    consent: true,
    access: 'public',
  },
]
