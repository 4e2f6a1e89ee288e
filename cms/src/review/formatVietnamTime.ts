const PARTS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})

/** A moment as the archive shows it everywhere: `dd/MM/yyyy HH:mm`, in Vietnam's time (UTC+7). */
export function formatVietnamTime(value: string | number | Date | null | undefined): string {
  if (value == null || value === '') return ''
  const date = new Date(value)
  if (Number.isNaN(date.getTime())) return ''
  const part = Object.fromEntries(PARTS.formatToParts(date).map(({ type, value: text }) => [type, text]))
  return `${part.day}/${part.month}/${part.year} ${part.hour}:${part.minute}`
}
