import { KINDS, type Kind } from '@di-san-so/site/snapshot'

/**
 * Kinds of heritage, each mapped to one of the five UNESCO intangible-heritage domains (2003 Convention,
 * Art. 2.2) — traditional products sit with craftsmanship. The schema.org type drives the JSON-LD.
 */
export const HERITAGE_KINDS = {
  festival: {
    label: { vi: 'Lễ hội', en: 'Festival' },
    unescoDomain: { vi: 'Tập quán xã hội, tín ngưỡng và lễ hội', en: 'Social practices, rituals and festive events' },
    schemaType: 'Event',
    dcType: 'Event',
  },
  ritual: {
    label: { vi: 'Nghi lễ, phong tục', en: 'Ritual or custom' },
    unescoDomain: { vi: 'Tập quán xã hội, tín ngưỡng và lễ hội', en: 'Social practices, rituals and festive events' },
    schemaType: 'Event',
    dcType: 'Event',
  },
  performing_art: {
    label: { vi: 'Nghệ thuật trình diễn, âm nhạc', en: 'Performing art or music' },
    unescoDomain: { vi: 'Nghệ thuật trình diễn', en: 'Performing arts' },
    schemaType: 'CreativeWork',
    dcType: 'Event',
  },
  oral_tradition: {
    label: { vi: 'Ngữ văn truyền miệng, sử thi', en: 'Oral tradition or epic' },
    unescoDomain: {
      vi: 'Truyền thống và biểu đạt truyền khẩu, kể cả ngôn ngữ',
      en: 'Oral traditions and expressions, including language',
    },
    schemaType: 'CreativeWork',
    dcType: 'Text',
  },
  traditional_knowledge: {
    label: { vi: 'Tri thức dân gian', en: 'Traditional knowledge' },
    unescoDomain: {
      vi: 'Tri thức và thực hành về tự nhiên và vũ trụ',
      en: 'Knowledge and practices concerning nature and the universe',
    },
    schemaType: 'CreativeWork',
    dcType: 'Text',
  },
  craft: {
    label: { vi: 'Nghề thủ công, sản phẩm truyền thống', en: 'Traditional craft or product' },
    unescoDomain: { vi: 'Nghề thủ công truyền thống', en: 'Traditional craftsmanship' },
    schemaType: 'Product',
    dcType: 'PhysicalObject',
  },
} as const satisfies Record<Kind, unknown>

/** The kinds themselves are the snapshot contract's (`KINDS`): this table must describe each, and no other. */
export type HeritageKind = Kind
export const HERITAGE_KIND_KEYS: readonly HeritageKind[] = KINDS

type Licence = { label: string | { vi: string; en: string }; url: string | null }

/** Licences an item may carry. `url` is what Dublin Core and JSON-LD point to. */
export const LICENCES = {
  'cc-by-4.0': { label: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  'cc-by-sa-4.0': { label: 'CC BY-SA 4.0', url: 'https://creativecommons.org/licenses/by-sa/4.0/' },
  'cc-by-nc-4.0': { label: 'CC BY-NC 4.0', url: 'https://creativecommons.org/licenses/by-nc/4.0/' },
  'cc-by-nc-sa-4.0': { label: 'CC BY-NC-SA 4.0', url: 'https://creativecommons.org/licenses/by-nc-sa/4.0/' },
  'cc0-1.0': { label: 'CC0 1.0', url: 'https://creativecommons.org/publicdomain/zero/1.0/' },
  'all-rights-reserved': { label: { vi: 'Bảo lưu mọi quyền', en: 'All rights reserved' }, url: null },
} as const satisfies Record<string, Licence>
export type LicenceCode = keyof typeof LICENCES

export const licenceLabel = (code: LicenceCode, lang: 'vi' | 'en'): string => {
  const label: Licence['label'] = LICENCES[code].label
  return typeof label === 'string' ? label : label[lang]
}
