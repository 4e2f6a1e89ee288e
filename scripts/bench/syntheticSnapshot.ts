import {
  type JsonLd,
  KINDS,
  type Locale,
  SNAPSHOT_FORMAT,
  SNAPSHOT_VERSION,
  type Snapshot,
  snapshotSchema,
} from '@di-san-so/site/snapshot'

const WORDS = [
  'lễ',
  'hội',
  'cồng',
  'chiêng',
  'mừng',
  'lúa',
  'mới',
  'đâm',
  'trâu',
  'nhà',
  'rông',
  'sử',
  'thi',
  'dệt',
  'thổ',
  'cẩm',
  'gốm',
  'rượu',
  'cần',
  'bến',
  'nước',
  'voi',
  'khèn',
  'xòe',
]
const word = (i: number, n: number) =>
  Array.from({ length: n }, (_, k) => WORDS[(i * 7 + k * 13) % WORDS.length]).join(' ')

/** The JSON-LD a synthetic item carries (the cms makes the real one: cms/src/publication/jsonLd.ts). */
const jsonLd = (i: number, locale: Locale): JsonLd => ({
  '@context': 'https://schema.org',
  '@type': 'CreativeWork',
  name: `${word(i, 4)} ${i + 1}`,
  url: `http://localhost:4321${locale === 'vi' ? '' : '/en'}/di-san/di-san-${i + 1}/`,
  inLanguage: locale,
})

/** A valid snapshot of `count` synthetic items over the demo's 8 groups and 6 kinds, no media. */
export function syntheticSnapshot(count: number): Snapshot {
  const groups = ['e-de', 'ba-na', 'gia-rai', 'cham', 'xtieng', 'h-re', 'thai', 'muong']
  const snapshot: Snapshot = {
    format: SNAPSHOT_FORMAT,
    version: SNAPSHOT_VERSION,
    generatedAt: new Date().toISOString(),
    licence: { id: 'CC-BY-4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
    groups: groups.map((slug, i) => ({
      id: String(i + 1),
      slug,
      name: { vi: slug, en: slug },
      endonym: null,
      otherNames: [],
      languages: [],
      description: null,
      featuredImage: null,
    })),
    places: [
      {
        id: '1',
        name: { vi: 'tỉnh Đắk Lắk', en: null },
        otherNames: [],
        type: 'province',
        parent: null,
        latitude: 12.7,
        longitude: 108.1,
        validTo: null,
        replacedBy: [],
      },
    ],
    people: [],
    media: [],
    labels: [],
    items: Array.from({ length: count }, (_, i) => ({
      id: String(i + 1),
      slug: `di-san-${i + 1}`,
      kind: KINDS[i % KINDS.length] ?? 'festival',
      title: { vi: `${word(i, 4)} ${i + 1}`, en: i % 3 ? `Heritage item ${i + 1}` : null },
      summary: { vi: word(i + 1, 20), en: i % 3 ? `Summary of item ${i + 1}` : null },
      description: { vi: word(i + 2, 120), en: null },
      ethnicGroups: [groups[i % groups.length] as string],
      subjects: [],
      places: ['1'],
      placesIndex: ['1'],
      owningProvince: '1',
      time: {
        startDate: i % 5 ? null : `2024-${String((i % 12) + 1).padStart(2, '0')}-15T00:00:00.000Z`,
        endDate: null,
        lunarMonth: (i % 12) + 1,
        lunarDay: null,
        recurrence: 'yearly',
        note: null,
      },
      people: [],
      media: [],
      featuredMedia: null,
      rights: {
        licence: 'cc-by-4.0',
        label: { vi: 'CC BY 4.0', en: 'CC BY 4.0' },
        url: 'https://creativecommons.org/licenses/by/4.0/',
        holder: 'Sở VHTTDL',
      },
      source: { recordedBy: null, recordedOn: '2024-01-01T00:00:00.000Z' },
      labels: [],
      updatedAt: '2026-11-23T00:00:00.000Z',
      jsonLd: { vi: jsonLd(i, 'vi'), en: jsonLd(i, 'en') },
      dublinCore: [{ element: 'title', value: `${word(i, 4)} ${i + 1}`, lang: 'vi' }],
    })),
  }
  return snapshotSchema.parse(snapshot)
}
