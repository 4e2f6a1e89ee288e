import { describe, expect, it } from 'vitest'

import { toDublinCore } from './dublinCore'
import { toJsonLd } from './jsonLd'
import type { ItemView } from './recordView'

const BASE = 'https://disanso.example.vn'
const phuYen = { name: { vi: 'tỉnh Phú Yên', en: 'Phu Yen Province' }, type: 'province' }
const tayHoa = {
  name: { vi: 'huyện Tây Hòa', en: 'Tay Hoa District' },
  type: 'district',
  parent: phuYen,
  coordinates: { latitude: 12.95, longitude: 109.2 },
}
const ede = { slug: 'e-de', name: { vi: 'Ê Đê', en: 'Ede' }, languages: [{ iso6393: 'rad' }] }
const consenting = { name: 'Nghệ nhân A (mẫu)', accessLevel: 'public', publicationConsent: { given: true } }
const private1 = { name: 'Người B (mẫu)', accessLevel: 'public', publicationConsent: { given: false } }
const restricted = { name: 'Người C (mẫu)', accessLevel: 'restricted', publicationConsent: { given: true } }
const photo = { url: '/api/media/file/le-hoi.jpg', mimeType: 'image/jpeg', accessLevel: 'public', kind: 'image' }
const secretAudio = {
  url: '/api/media/file/bai-khan.opus',
  mimeType: 'audio/ogg',
  accessLevel: 'restricted',
  kind: 'audio',
}

const festival: ItemView = {
  slug: 'le-cung-ben-nuoc-tay-hoa',
  title: { vi: 'Lễ cúng bến nước', en: 'Water-wharf ceremony' },
  summary: { vi: 'Lễ tạ ơn thần nước của buôn.', en: null },
  kind: 'festival',
  ethnicGroups: [ede],
  subjects: [{ name: { vi: 'Nghi lễ nông nghiệp', en: 'Agrarian rites' } }],
  places: [tayHoa],
  owningProvince: phuYen,
  time: {
    startDate: '2023-03-10T12:00:00.000Z',
    endDate: '2023-03-11T12:00:00.000Z',
    lunarMonth: 2,
    recurrence: 'yearly',
  },
  people: [
    { person: consenting, role: 'elder' },
    { person: private1, role: 'informant' },
    { person: restricted, role: 'artisan' },
    { person: 42, role: 'recorder' },
  ],
  media: [photo, secretAudio],
  source: {
    recordedBy: 'Sở VHTTDL Phú Yên',
    recordedOn: '2023-03-10T12:00:00.000Z',
    collection: { vi: 'Điền dã 2023' },
  },
  rights: { licence: 'cc-by-nc-4.0' },
}

describe('toDublinCore', () => {
  const dc = toDublinCore(festival, { baseUrl: BASE })
  const values = (element: string) =>
    dc.filter((s) => s.element === element).map((s) => (s.lang ? `${s.value}@${s.lang}` : s.value))

  it.each([
    ['title', ['Lễ cúng bến nước@vi', 'Water-wharf ceremony@en']],
    ['description', ['Lễ tạ ơn thần nước của buôn.@vi']],
    ['subject', ['Lễ hội@vi', 'Nghi lễ nông nghiệp@vi', 'Ê Đê@vi', 'Festival@en', 'Agrarian rites@en', 'Ede@en']],
    ['creator', ['Sở VHTTDL Phú Yên']],
    ['contributor', ['Nghệ nhân A (mẫu)']],
    ['publisher', ['Di sản số@vi', 'Di sản số (Digital Heritage)@en']],
    ['date', ['2023-03-10/2023-03-11']],
    ['type', ['Event']],
    ['format', ['image/jpeg']],
    // The site's own addresses (site/src/i18n/urls.ts): Vietnamese at the root, English under /en/, a trailing slash.
    ['identifier', [`${BASE}/di-san/le-cung-ben-nuoc-tay-hoa/`, `${BASE}/en/di-san/le-cung-ben-nuoc-tay-hoa/`]],
    ['language', ['vie', 'rad']],
    ['relation', [`${BASE}/dan-toc/e-de/`]],
    [
      'coverage',
      [
        'huyện Tây Hòa@vi',
        'tỉnh Phú Yên@vi',
        'Tháng 2 âm lịch@vi',
        'Tay Hoa District@en',
        'Phu Yen Province@en',
        'Lunar month 2@en',
      ],
    ],
    ['source', ['Điền dã 2023@vi']],
    ['rights', ['https://creativecommons.org/licenses/by-nc/4.0/']],
  ])('%s', (element, expected) => {
    expect(values(element)).toEqual(expected)
  })

  it('uses only the 15 Dublin Core elements, in their order', () => {
    expect([...new Set(dc.map((s) => s.element))]).toEqual([
      'contributor',
      'coverage',
      'creator',
      'date',
      'description',
      'format',
      'identifier',
      'language',
      'publisher',
      'relation',
      'rights',
      'source',
      'subject',
      'title',
      'type',
    ])
  })

  it('names a licence without URL in words, per language, and dates a record without event dates by its recording', () => {
    const plain = toDublinCore(
      { ...festival, time: null, rights: { licence: 'all-rights-reserved' } },
      { baseUrl: BASE },
    )
    expect(plain.filter((s) => s.element === 'rights')).toEqual([
      { element: 'rights', value: 'Bảo lưu mọi quyền', lang: 'vi' },
      { element: 'rights', value: 'All rights reserved', lang: 'en' },
    ])
    expect(plain.find((s) => s.element === 'date')?.value).toBe('2023-03-10')
  })
})

describe('toJsonLd', () => {
  it('makes a festival an Event with its place, province, dates, yearly schedule and consenting people only', () => {
    expect(toJsonLd(festival, { baseUrl: BASE, locale: 'en' })).toEqual({
      '@context': 'https://schema.org',
      '@type': 'Event',
      name: 'Water-wharf ceremony',
      // The summary is not translated: given under `inLanguage: 'en'` it would claim to be English (issue 14).
      url: `${BASE}/en/di-san/le-cung-ben-nuoc-tay-hoa/`,
      inLanguage: 'en',
      genre: 'Festival',
      keywords: 'Agrarian rites, Ede',
      image: `${BASE}/api/media/file/le-hoi.jpg`,
      license: 'https://creativecommons.org/licenses/by-nc/4.0/',
      startDate: '2023-03-10',
      endDate: '2023-03-11',
      eventAttendanceMode: 'https://schema.org/OfflineEventAttendanceMode',
      location: {
        '@type': 'Place',
        name: 'Tay Hoa District',
        address: { '@type': 'PostalAddress', addressCountry: 'VN', addressRegion: 'Phu Yen Province' },
        geo: { '@type': 'GeoCoordinates', latitude: 12.95, longitude: 109.2 },
      },
      eventSchedule: { '@type': 'Schedule', repeatFrequency: 'P1Y' },
      performer: [{ '@type': 'Person', name: 'Nghệ nhân A (mẫu)' }],
    })
  })

  it('says its text is Vietnamese on the English page of a record whose title is not translated', () => {
    const untranslated = { ...festival, title: { vi: 'Lễ cúng bến nước', en: null } }
    expect(toJsonLd(untranslated, { baseUrl: BASE, locale: 'en' })).toMatchObject({
      name: 'Lễ cúng bến nước',
      description: 'Lễ tạ ơn thần nước của buôn.',
      url: `${BASE}/en/di-san/le-cung-ben-nuoc-tay-hoa/`,
      inLanguage: 'vi',
      genre: 'Lễ hội',
      location: { name: 'huyện Tây Hòa' },
    })
  })

  it.each([
    ['performing_art', 'CreativeWork', 'genre', 'Nghệ thuật trình diễn, âm nhạc'],
    ['oral_tradition', 'CreativeWork', 'genre', 'Ngữ văn truyền miệng, sử thi'],
    ['traditional_knowledge', 'CreativeWork', 'genre', 'Tri thức dân gian'],
    ['ritual', 'Event', 'genre', 'Nghi lễ, phong tục'],
    ['craft', 'Product', 'category', 'Nghề thủ công, sản phẩm truyền thống'],
  ])('%s → %s', (kind, type, key, label) => {
    const doc = toJsonLd({ ...festival, kind }, { baseUrl: BASE, locale: 'vi' })
    expect(doc['@type']).toBe(type)
    expect(doc[key]).toBe(label)
  })

  it('never shows restricted media or people without consent, even when featured', () => {
    const doc = toJsonLd(
      { ...festival, kind: 'oral_tradition', media: [secretAudio], featuredMedia: secretAudio },
      { baseUrl: BASE, locale: 'vi' },
    )
    const text = JSON.stringify(doc)
    expect(text).not.toContain('bai-khan')
    expect(text).not.toContain('Người B')
    expect(text).not.toContain('Người C')
    expect(doc.contributor).toEqual([{ '@type': 'Person', name: 'Nghệ nhân A (mẫu)' }])
  })

  it('gives as image a picture only: a featured video shows its poster, never its playlist or its file', () => {
    const video = {
      url: '/api/media/file/le-hoi.mp4',
      picture: 'media/9/poster.jpg',
      mimeType: 'video/mp4',
      accessLevel: 'public',
      kind: 'video',
    }
    const stream = { url: 'media/9/hls/master.m3u8', mimeType: 'video/mp4', accessLevel: 'public', kind: 'video' }
    expect(toJsonLd({ ...festival, media: [video], featuredMedia: video }, { baseUrl: BASE, locale: 'vi' }).image).toBe(
      `${BASE}/media/9/poster.jpg`,
    )
    const noPicture = toJsonLd(
      { ...festival, media: [stream, photo], featuredMedia: stream },
      { baseUrl: BASE, locale: 'vi' },
    )
    expect(noPicture.image).toBe(`${BASE}/api/media/file/le-hoi.jpg`)
    expect(
      toJsonLd({ ...festival, media: [stream], featuredMedia: stream }, { baseUrl: BASE, locale: 'vi' }).image,
    ).toBe(undefined)
  })
})
