import { describe, expect, it } from 'vitest'

import { DRAFT, EDE_GROUP, ELDER, RESTRICTED, WHARF } from './__fixtures__/sources'
import { documentsFor, toSearchDocument } from './documents'
import type { HeritageSource } from './types'

describe('search documents', () => {
  it('shapes an item in Vietnamese with every name of its group and places, facets as the site names them', () => {
    expect(toSearchDocument(WHARF, 'vi')).toEqual({
      id: 'heritage-items-42-vi',
      type: 'heritage-items',
      recordId: '42',
      locale: 'vi',
      title: 'Lễ cúng bến nước của người Ê Đê',
      summary: 'Lễ tạ ơn thần nước của buôn.',
      text: 'Sau mùa rẫy, cả buôn làm sạch bến nước.',
      names: ['Ê Đê', 'Ede', 'Anak Ê Đê', 'Rhade', 'Ra-đê', 'Đê', 'ede', 'anakede', 'rhade', 'rade', 'de'],
      places: ['huyện Tây Hòa', 'Tây Hòa District', 'tỉnh Phú Yên', 'Phú Yên Province', 'Phu Yen', 'tỉnh Đắk Lắk'],
      exact: 'leex cungs beens nuwowcs cuar nguwowif ee ddee huyeenj taay hoaf tinhr phus yeen ddawks lawks',
      group: ['Ê Đê'],
      groupIds: ['1'],
      kind: 'Nghi lễ, phong tục',
      kindCode: 'ritual',
      province: ['tỉnh Phú Yên'],
      year: 2023,
      decade: '2020',
      lunarMonth: null,
      access: 'public',
      hasVideo: true,
      hasAudio: true,
      hasTranscript: true,
      thumbnail: '/media/7/image-webp-320.webp',
      url: '/di-san/le-cung-ben-nuoc/',
      sourceCollection: 'phong-tu-lieu-dak-lak',
      updatedAt: Date.parse('2026-11-01T08:00:00.000Z'),
    })
  })

  it('uses English where there is some, Vietnamese where not, and the English URL', () => {
    const doc = toSearchDocument(WHARF, 'en')
    expect([doc.id, doc.title, doc.summary, doc.kind, doc.group, doc.url]).toEqual([
      'heritage-items-42-en',
      'Ede water-wharf ceremony',
      'Lễ tạ ơn thần nước của buôn.',
      'Ritual or custom',
      ['Ede'],
      '/en/di-san/le-cung-ben-nuoc/',
    ])
  })

  it('never carries a field it was not built to carry', () => {
    const json = JSON.stringify([toSearchDocument(WHARF, 'vi'), toSearchDocument(WHARF, 'en')])
    expect(json).not.toContain('CANARY')
    expect(json).not.toContain('109.1')
    expect(Object.keys(toSearchDocument(WHARF, 'vi'))).not.toContain('consentNotes')
  })

  it('points a record that is not public to the cms, not to a public page', () => {
    expect(toSearchDocument(RESTRICTED, 'vi').url).toBe('/admin/collections/heritage-items/43')
  })

  it('shapes people and ethnic groups', () => {
    expect(toSearchDocument(ELDER, 'en')).toMatchObject({
      id: 'people-3-en',
      title: 'Y Mông',
      text: 'Village elder.',
      group: ['Ede'],
      url: '/en/nhan-vat/y-mong/',
    })
    expect(toSearchDocument(EDE_GROUP, 'vi')).toMatchObject({
      id: 'ethnic-groups-1-vi',
      title: 'Ê Đê',
      names: expect.arrayContaining(['Rhade', 'ede', 'anakede']),
      url: '/dan-toc/e-de/',
    })
  })

  it('keeps drafts out of both indexes and restricted records out of the public one', () => {
    const ids = (audience: 'public' | 'full') =>
      documentsFor([WHARF, RESTRICTED, DRAFT, ELDER], audience).documents.map((doc) => doc.id)
    expect(ids('public')).toEqual(['heritage-items-42-vi', 'heritage-items-42-en', 'people-3-vi', 'people-3-en'])
    expect(ids('full')).toEqual([
      'heritage-items-42-vi',
      'heritage-items-42-en',
      'heritage-items-43-vi',
      'heritage-items-43-en',
      'people-3-vi',
      'people-3-en',
    ])
  })

  it("leaves the fonds a record came from out of the public index (it is there for researchers' grants)", () => {
    expect(documentsFor([WHARF], 'public').documents.map((doc) => doc.sourceCollection)).toEqual([null, null])
    expect(documentsFor([WHARF], 'full').documents.map((doc) => doc.sourceCollection)).toEqual([
      'phong-tu-lieu-dak-lak',
      'phong-tu-lieu-dak-lak',
    ])
  })

  it('indexes nothing of a record whose document cannot be built, and says which', () => {
    const broken = { ...WHARF, id: '45', groups: [null] } as unknown as HeritageSource
    const { documents, failed } = documentsFor([broken, ELDER], 'public')
    expect(documents.map((doc) => doc.id)).toEqual(['people-3-vi', 'people-3-en'])
    expect(failed).toEqual([{ collection: 'heritage-items', id: '45', error: expect.any(String) }])
  })
})
