import { messageIn } from '../../i18n/localMessage'
import { MEDIA_FORM_TEXT as T } from '../../i18n/messages'
import type { UploadProgress } from './uploadProgressStore'

const numberIn = (language: string) =>
  new Intl.NumberFormat(language === 'en' ? 'en-GB' : 'vi-VN', { maximumFractionDigits: 1 })

/** "20,5 MB" (vi) or "20.5 MB" (en): bytes in the unit a person reads, decimal as the browser shows sizes. */
export function formatBytes(bytes: number, language: string): string {
  const units = ['B', 'kB', 'MB', 'GB']
  let value = bytes
  let unit = 0
  while (value >= 1000 && unit < units.length - 1) {
    value /= 1000
    unit++
  }
  return `${numberIn(language).format(value)} ${units[unit]}`
}

/** "35 giây", "4 phút 5 giây", "1 giờ 20 phút". */
export function formatDuration(seconds: number, language: string): string {
  const whole = Math.max(1, Math.round(seconds))
  if (whole < 60) return messageIn(language, T.seconds, { n: String(whole) })
  if (whole < 3600) return messageIn(language, T.minutes, { m: String(Math.floor(whole / 60)), s: String(whole % 60) })
  return messageIn(language, T.hours, {
    h: String(Math.floor(whole / 3600)),
    m: String(Math.floor((whole % 3600) / 60)),
  })
}

export type UploadDescription = { percent: number; line: string; rate: string | null }

/** What the progress panel says about an upload: percent, bytes, speed and time left, in the UI language. */
export function describeUpload(progress: UploadProgress, language: string): UploadDescription {
  if (progress.sent) return { percent: 100, line: messageIn(language, T.saving), rate: null }
  if (progress.total <= 0) return { percent: 0, line: messageIn(language, T.starting), rate: null }
  const percent = Math.min(100, Math.floor((progress.loaded / progress.total) * 100))
  const line = messageIn(language, T.uploading, {
    percent: String(percent),
    sent: formatBytes(progress.loaded, language),
    total: formatBytes(progress.total, language),
  })
  const elapsed = (progress.at - progress.startedAt) / 1000
  if (elapsed <= 0 || progress.loaded <= 0) return { percent, line, rate: null }
  const perSecond = progress.loaded / elapsed
  const left = (progress.total - progress.loaded) / perSecond
  const rate = messageIn(language, T.speed, {
    speed: formatBytes(perSecond, language),
    left: formatDuration(left, language),
  })
  return { percent, line, rate }
}
