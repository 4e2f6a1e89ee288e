type Lang = 'vi' | 'en'

const LOCALE = { vi: 'vi-VN', en: 'en-GB' } as const
const MB = 1024 ** 2
const KB = 1024

/** Bytes as MB in the page's number format (`1,5 MB` in Vietnamese). */
export function formatSize(bytes: number, lang: Lang): string {
  const number = new Intl.NumberFormat(LOCALE[lang], { maximumFractionDigits: 1 })
  return `${number.format(bytes / MB)} MB`
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
