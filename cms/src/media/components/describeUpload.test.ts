import { describe, expect, it } from 'vitest'

import { describeUpload, formatBytes, formatDuration } from './describeUpload'

describe('the upload progress text', () => {
  it('says percent, bytes, speed and time left in Vietnamese', () => {
    const progress = { loaded: 5_000_000, total: 20_000_000, startedAt: 0, at: 10_000, sent: false }
    expect(describeUpload(progress, 'vi')).toEqual({
      percent: 25,
      line: 'Đang tải lên: 25 % (5 MB / 20 MB)',
      rate: '500 kB/giây, còn khoảng 30 giây',
    })
    expect(describeUpload(progress, 'en').rate).toBe('500 kB/s, about 30 s left')
  })
  it('says the server is saving once every byte is sent, and starting before the first', () => {
    expect(describeUpload({ loaded: 1, total: 1, startedAt: 0, at: 1, sent: true }, 'vi').line).toBe(
      'Đã gửi xong tệp; máy chủ đang kiểm tra và lưu…',
    )
    expect(describeUpload({ loaded: 0, total: 0, startedAt: 0, at: 0, sent: false }, 'vi')).toEqual({
      percent: 0,
      line: 'Đang bắt đầu tải lên…',
      rate: null,
    })
  })
  it('reads sizes and durations the way a person does', () => {
    expect(formatBytes(36_400_000, 'vi')).toBe('36,4 MB')
    expect(formatBytes(999, 'en')).toBe('999 B')
    expect(formatDuration(245, 'vi')).toBe('4 phút 5 giây')
    expect(formatDuration(5700, 'vi')).toBe('1 giờ 35 phút')
  })
})
