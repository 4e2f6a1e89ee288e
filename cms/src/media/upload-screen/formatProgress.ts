type Lang = 'vi' | 'en'

const LOCALE = { vi: 'vi-VN', en: 'en-GB' } as const
const KB = 1024
const MB = 1024 ** 2
const GB = 1024 ** 3
const UNITS_OF_SIZE: [number, string, number][] = [
  [KB, 'KB', 1],
  [MB, 'MB', 1],
  [GB, 'GB', 2],
]
type SizeUnit = (typeof UNITS_OF_SIZE)[number]

/** A count of bytes that can be shown: a finite number, at least 0. */
const bytesOf = (value: number): number => (Number.isFinite(value) && value > 0 ? value : 0)
const round = (value: number, digits: number) => Math.round(value * 10 ** digits) / 10 ** digits

const formats = new Map<string, Intl.NumberFormat>()
/**
 * The page's number format with `options`, made once: making one costs far more than using it, and the sizes
 * are written again on every change of Uppy's cards and every progress tick.
 */
function numberFormat(lang: Lang, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  const key = `${lang} ${JSON.stringify(options)}`
  let format = formats.get(key)
  if (!format) {
    format = new Intl.NumberFormat(LOCALE[lang], options)
    formats.set(key, format)
  }
  return format
}

/** The unit a size reads best in: the smallest in which it shows under 1 024 once rounded (KB, MB or GB). */
const unitFor = (bytes: number): SizeUnit =>
  UNITS_OF_SIZE.find(([size, , digits]) => round(bytesOf(bytes) / size, digits) < 1024) ??
  (UNITS_OF_SIZE.at(-1) as SizeUnit)

/**
 * Bytes in `unit`, in the page's number format (`1,5 MB` in Vietnamese; no decimals from 100: `103 KB`). A part too small to show at the
 * unit's decimals keeps two significant digits (`0,0049 GB` sent of 4 GB, not `0 GB`), and a few bytes read
 * `< 0,1 KB`, never `0 KB`.
 */
function inUnit(value: number, [size, name, digits]: SizeUnit, lang: Lang): string {
  const bytes = bytesOf(value)
  const amount = bytes / size
  if (bytes === 0) return `0 ${name}`
  if (name === 'KB' && round(amount, 1) === 0) return `< ${numberFormat(lang).format(0.1)} ${name}`
  const options: Intl.NumberFormatOptions =
    round(amount, digits) === 0
      ? { maximumSignificantDigits: 2 }
      : { maximumFractionDigits: amount >= 100 ? 0 : digits }
  return `${numberFormat(lang, options).format(amount)} ${name}`
}

/** Bytes as KB, MB or GB, whichever reads best, in the page's number format (`1,5 MB` in Vietnamese). */
export function formatSize(bytes: number, lang: Lang): string {
  return inUnit(bytes, unitFor(bytes), lang)
}

/** Bytes sent and a total, both in the total's unit so they compare at a glance (`0,3 GB`, `4 GB`). */
export function sizesOf(sent: number, total: number, lang: Lang): { sent: string; total: string } {
  const unit = unitFor(total)
  return { sent: inUnit(sent, unit, lang), total: inUnit(total, unit, lang) }
}

/** Bytes sent of a total, in the total's unit (`0,3 GB / 4 GB`). */
export function formatSent(sent: number, total: number, lang: Lang): string {
  const sizes = sizesOf(sent, total, lang)
  return `${sizes.sent} / ${sizes.total}`
}

/** Bytes a second as KB/s below 1 MB/s, else MB/s, in the page's number format. */
export function formatSpeed(bytesPerSecond: number, lang: Lang): string {
  const number = numberFormat(lang, { maximumFractionDigits: 1 })
  return bytesPerSecond < MB
    ? `${number.format(bytesPerSecond / KB)} KB/s`
    : `${number.format(bytesPerSecond / MB)} MB/s`
}

const UNITS = {
  vi: { hour: 'giờ', minute: 'phút', second: 'giây' },
  en: { hour: 'h', minute: 'min', second: 's' },
} as const

/** A duration as hours, minutes and seconds (`1 giờ 5 phút`, `2 phút 30 giây`, `15 giây`): the two largest parts. */
export function formatDuration(seconds: number, lang: Lang): string {
  const total = Math.max(0, Math.round(seconds))
  const parts: [number, keyof (typeof UNITS)['vi']][] = [
    [Math.floor(total / 3600), 'hour'],
    [Math.floor((total % 3600) / 60), 'minute'],
    [total % 60, 'second'],
  ]
  const number = numberFormat(lang)
  const first = parts.findIndex(([value]) => value > 0)
  if (first === -1) return `0 ${UNITS[lang].second}`
  return parts
    .slice(first, first + 2)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${number.format(value)} ${UNITS[lang][unit]}`)
    .join(' ')
}
