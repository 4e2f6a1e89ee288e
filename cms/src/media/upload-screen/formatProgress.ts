type Lang = 'vi' | 'en'

const LOCALE = { vi: 'vi-VN', en: 'en-GB' } as const
const KB = 1024
const MB = 1024 ** 2
const GB = 1024 ** 3

/** The unit a size is best read in: KB below 1 MB, GB from 1 GB, else MB. */
const unitFor = (bytes: number): [number, string] => (bytes < MB ? [KB, 'KB'] : bytes < GB ? [MB, 'MB'] : [GB, 'GB'])

/** Bytes in `unit`, in the page's number format (`1,5 MB` in Vietnamese). */
function inUnit(bytes: number, [size, name]: [number, string], lang: Lang): string {
  const number = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: size === GB ? 2 : 1 })
  return `${number.format(bytes / size)} ${name}`
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
  const number = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 })
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
  const number = new Intl.NumberFormat(LOCALE[lang])
  const first = parts.findIndex(([value]) => value > 0)
  if (first === -1) return `0 ${UNITS[lang].second}`
  return parts
    .slice(first, first + 2)
    .filter(([value]) => value > 0)
    .map(([value, unit]) => `${number.format(value)} ${UNITS[lang][unit]}`)
    .join(' ')
}
