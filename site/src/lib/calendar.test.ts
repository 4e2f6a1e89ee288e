import { describe, expect, it } from 'vitest'

import type { SnapshotItem } from '../content/snapshot'
import { calendarMonths, dateNote, formatSolarDate, monthTitle } from './calendar'

const item = (slug: string, kind: string, time: Partial<SnapshotItem['time']>) =>
  ({
    slug,
    kind,
    time: { startDate: null, endDate: null, lunarMonth: null, lunarDay: null, recurrence: null, note: null, ...time },
  }) as SnapshotItem

const ITEMS = [
  item('ramuwan', 'festival', { lunarMonth: 7, lunarDay: 16 }),
  item('cung-trang', 'ritual', { lunarMonth: 7, lunarDay: 1 }),
  item('an-trau', 'festival', { lunarMonth: 3 }),
  item('dua-voi', 'festival', { startDate: '2023-03-12T12:00:00.000Z', endDate: '2023-03-14T12:00:00.000Z' }),
  // 1 April in Vietnam although 31 March in UTC
  item('mung-lua', 'festival', { startDate: '2024-03-31T18:00:00.000Z', lunarMonth: 2, lunarDay: 22 }),
  item('cau-mua', 'festival', { startDate: '2021-03-02T00:00:00.000Z' }),
  item('le-khong-ngay', 'festival', { note: { vi: 'Sau mùa thu hoạch', en: null } }),
  item('nghe-det', 'craft', {}),
]

describe('festival calendar', () => {
  it('groups by lunar month in day order, by solar month on Vietnam time in date order, and festivals without a date', () => {
    expect(calendarMonths(ITEMS).map((m) => [m.key, m.items.map((i) => i.slug)])).toEqual([
      ['am-lich-2', ['mung-lua']],
      ['am-lich-3', ['an-trau']],
      ['am-lich-7', ['cung-trang', 'ramuwan']],
      ['duong-lich-3', ['cau-mua', 'dua-voi']],
      ['duong-lich-4', ['mung-lua']],
      ['khong-co-ngay-co-dinh', ['le-khong-ngay']],
    ])
  })

  it.each([
    ['ramuwan', 'lunar', 'vi', 'Ngày 16 tháng 7 âm lịch'],
    ['ramuwan', 'lunar', 'en', 'Day 16 of lunar month 7'],
    ['an-trau', 'lunar', 'vi', 'Tháng 3 âm lịch'],
    ['dua-voi', 'solar', 'vi', '12/3/2023 – 14/3/2023'],
    ['dua-voi', 'solar', 'en', '12 March 2023 – 14 March 2023'],
    ['mung-lua', 'solar', 'vi', '1/4/2024'],
    ['le-khong-ngay', 'undated', 'vi', 'Sau mùa thu hoạch'],
    ['le-khong-ngay', 'undated', 'en', 'Sau mùa thu hoạch'],
    ['nghe-det', 'undated', 'vi', ''],
  ] as const)('%s in the %s calendar (%s): "%s"', (slug, calendar, locale, expected) => {
    const found = ITEMS.find((i) => i.slug === slug) as SnapshotItem
    expect(dateNote(found, calendar, locale)).toBe(expected)
  })

  it.each([
    [{ calendar: 'lunar', month: 7 }, 'vi', 'Tháng 7 âm lịch'],
    [{ calendar: 'solar', month: 3 }, 'vi', 'Tháng 3 dương lịch'],
    [{ calendar: 'solar', month: 3 }, 'en', 'Solar month 3'],
    [{ calendar: 'undated', month: 0 }, 'en', 'No fixed date'],
  ] as const)('%j in %s is titled "%s"', (entry, locale, expected) => {
    expect(monthTitle(entry, locale)).toBe(expected)
  })

  it('writes a date the way it is written in each language', () => {
    expect(formatSolarDate('2023-12-01T00:00:00.000Z', 'vi')).toBe('1/12/2023')
    expect(formatSolarDate('2023-12-01T00:00:00.000Z', 'en')).toBe('1 December 2023')
  })
})
