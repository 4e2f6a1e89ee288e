import type { SnapshotItem } from '../content/snapshot'
import { pick, t } from '../i18n/t'
import type { Locale } from '../i18n/urls'

/** Dates are kept as instants; the calendar reads them on Vietnam's clock. */
const ZONE = 'Asia/Ho_Chi_Minh'

export type CalendarMonth = {
  /** The listing's path segment: `am-lich-7`, `duong-lich-3`, `khong-co-ngay-co-dinh`. */
  key: string
  calendar: 'lunar' | 'solar' | 'undated'
  month: number
  items: SnapshotItem[]
}

// Formatters are costly to make and a build formats thousands of dates: made once each.
const MONTH_DAY = new Intl.DateTimeFormat('en', { month: 'numeric', day: 'numeric', timeZone: ZONE })
const DATE = {
  vi: new Intl.DateTimeFormat('vi-VN', { day: 'numeric', month: 'numeric', year: 'numeric', timeZone: ZONE }),
  en: new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: ZONE }),
}

/** Month × 100 + day of an ISO instant on Vietnam's clock (12 March → 312), so dates of any year sort by day. */
function monthDayOf(iso: string): number {
  const parts = MONTH_DAY.formatToParts(new Date(iso))
  const part = (type: string) => Number(parts.find((p) => p.type === type)?.value)
  return part('month') * 100 + part('day')
}

/** The solar month (1–12) of an ISO instant, in Vietnam. */
export const solarMonthOf = (iso: string) => Math.floor(monthDayOf(iso) / 100)

/**
 * The festival calendar: items by lunar month (day order within a month), items with a known solar date
 * by solar month (date order), and festivals with neither. An item with both dates is in both calendars.
 */
export function calendarMonths(items: SnapshotItem[]): CalendarMonth[] {
  const known = computed.get(items)
  if (known) return known
  const months = Array.from({ length: 12 }, (_, i) => i + 1)
  const lunar = months.map((month) => ({
    key: `am-lich-${month}`,
    calendar: 'lunar' as const,
    month,
    items: items
      .filter((item) => item.time.lunarMonth === month)
      .sort((a, b) => (a.time.lunarDay ?? 99) - (b.time.lunarDay ?? 99)),
  }))
  const dated = items.filter((item) => item.time.startDate)
  const dayOf = new Map(dated.map((item) => [item, monthDayOf(item.time.startDate as string)]))
  const solar = months.map((month) => ({
    key: `duong-lich-${month}`,
    calendar: 'solar' as const,
    month,
    items: dated
      .filter((item) => Math.floor((dayOf.get(item) as number) / 100) === month)
      .sort((a, b) => (dayOf.get(a) as number) - (dayOf.get(b) as number)),
  }))
  const undated = {
    key: 'khong-co-ngay-co-dinh',
    calendar: 'undated' as const,
    month: 0,
    items: items.filter((item) => item.kind === 'festival' && !item.time.lunarMonth && !item.time.startDate),
  }
  const result = [...lunar, ...solar, undated].filter((entry) => entry.items.length > 0)
  computed.set(items, result)
  return result
}
/** The calendar of each item list, worked out once per build (the overview, month pages and sitemap share it). */
const computed = new WeakMap<SnapshotItem[], CalendarMonth[]>()

/** A solar date as people there write it: `12/3/2023` in Vietnamese, `12 March 2023` in English. */
export const formatSolarDate = (iso: string, locale: Locale) => DATE[locale].format(new Date(iso))

/** The line a calendar card shows under its title: the lunar day and month, or the solar date(s). */
export function dateNote(item: SnapshotItem, calendar: CalendarMonth['calendar'], locale: Locale): string {
  const { lunarMonth, lunarDay, startDate, endDate } = item.time
  if (calendar === 'lunar' && lunarMonth) {
    return lunarDay
      ? t(locale, 'calendar.lunarDay', { day: lunarDay, month: lunarMonth })
      : t(locale, 'calendar.month', { month: lunarMonth })
  }
  if (calendar === 'solar' && startDate) {
    const start = formatSolarDate(startDate, locale)
    const end = endDate ? formatSolarDate(endDate, locale) : start
    return end === start ? start : `${start} – ${end}`
  }
  return pick(item.time.note, locale).text
}

/** The heading of a calendar listing. */
export function monthTitle(entry: Pick<CalendarMonth, 'calendar' | 'month'>, locale: Locale): string {
  if (entry.calendar === 'lunar') return t(locale, 'calendar.month', { month: entry.month })
  if (entry.calendar === 'solar') return t(locale, 'calendar.solarMonth', { month: entry.month })
  return t(locale, 'calendar.undated')
}
