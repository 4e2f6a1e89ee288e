import { describe, expect, it } from 'vitest'

import { aggregateProgramme, hours, type ItemFacts, percent } from './aggregateProgramme'
import { mediaDuration } from './mediaDuration'
import { inertText, reportTable } from './reportTable'

const item = (facts: Partial<ItemFacts>): ItemFacts => ({
  kind: 'festival',
  ethnicGroups: [1],
  owningProvince: 10,
  reviewState: 'draft',
  translated: false,
  consentStatus: null,
  media: [],
  ...facts,
})
const names = {
  ethnicGroups: new Map([
    ['1', 'Ê Đê'],
    ['2', 'Gia Rai'],
  ]),
  provinces: new Map([['10', 'tỉnh Đắk Lắk']]),
  none: '(chưa ghi)',
  total: 'Tổng cộng',
}

describe('aggregateProgramme', () => {
  const durations = new Map([
    ['a', { audio: 1800, video: 0 }],
    ['v', { audio: 0, video: 5400 }],
  ])
  const rows = aggregateProgramme(
    [
      item({ reviewState: 'published', translated: true, consentStatus: 'given', media: ['a', 'v'] }),
      item({ ethnicGroups: [1, 2], kind: 'craft', media: ['a'], consentStatus: 'pending' }),
      item({ ethnicGroups: [], owningProvince: null }),
    ],
    durations,
    names,
    'vi',
  )

  it('counts records, published, translated and consent in the total, each file’s hours once', () => {
    expect(rows[0]).toEqual({
      dimension: 'total',
      key: '',
      name: 'Tổng cộng',
      records: 3,
      published: 1,
      translated: 1,
      consent: 1,
      audioSeconds: 1800,
      videoSeconds: 5400,
    })
  })

  it('puts a record of two groups in both rows, and records without group or province under "(chưa ghi)"', () => {
    const groups = rows.filter((row) => row.dimension === 'ethnicGroup').map((row) => [row.name, row.records])
    expect(groups).toEqual([
      ['Ê Đê', 2],
      ['(chưa ghi)', 1],
      ['Gia Rai', 1],
    ])
    const kinds = rows.filter((row) => row.dimension === 'kind').map((row) => [row.name, row.records])
    expect(kinds).toEqual([
      ['Lễ hội', 2],
      ['Nghề thủ công, sản phẩm truyền thống', 1],
    ])
    const provinces = rows.filter((row) => row.dimension === 'province').map((row) => [row.name, row.records])
    expect(provinces).toEqual([
      ['tỉnh Đắk Lắk', 2],
      ['(chưa ghi)', 1],
    ])
  })

  it('writes shares in percent and hours with two decimals, as the table, XLSX and CSV show them', () => {
    expect(percent(1, 3)).toBe(33.3)
    expect(percent(0, 0)).toBe(0)
    expect(hours(5400)).toBe(1.5)
    const { header, body } = reportTable(rows.slice(0, 1), 'en')
    expect(header).toEqual([
      'Group',
      'Name',
      'Records',
      'Published',
      'Translated into English',
      'Share translated into English (%)',
      'Consent recorded',
      'Share with consent recorded (%)',
      'Hours of audio',
      'Hours of video',
    ])
    expect(body[0]).toEqual(['Total', 'Tổng cộng', 3, 1, 1, 33.3, 1, 33.3, 0.5, 1.5])
  })

  it('never lets a name run as a spreadsheet formula', () => {
    expect(inertText('=HYPERLINK("http://x")')).toBe('\'=HYPERLINK("http://x")')
    expect(inertText('@cmd')).toBe("'@cmd")
    expect(inertText(-3)).toBe(-3)
    expect(inertText('Ê Đê')).toBe('Ê Đê')
  })
})

describe('mediaDuration', () => {
  it('counts a file with a picture as video, one with sound only as audio, anything else as nothing', () => {
    expect(mediaDuration({ probe: { duration: 60, video: { codec: 'h264' }, audio: {} } })).toEqual({
      audio: 0,
      video: 60,
    })
    expect(mediaDuration({ probe: { duration: 30, video: null, audio: { codec: 'aac' } } })).toEqual({
      audio: 30,
      video: 0,
    })
    for (const technical of [null, {}, { image: { width: 1 } }, { probe: { duration: Number.NaN, audio: {} } }])
      expect(mediaDuration(technical)).toEqual({ audio: 0, video: 0 })
  })
})
