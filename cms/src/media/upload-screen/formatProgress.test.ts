import { describe, expect, it } from 'vitest'

import { formatDuration, formatSize, formatSpeed } from './formatProgress'

describe('the upload progress figures', () => {
  it('are in Vietnamese number formats', () => {
    expect(formatSize(1.5 * 1024 ** 2, 'vi')).toBe('1,5 MB')
    expect(formatSize(1234 * 1024 ** 2, 'vi')).toBe('1.234 MB')
    expect(formatSpeed(300 * 1024, 'vi')).toBe('300 KB/s')
    expect(formatSpeed(2.25 * 1024 ** 2, 'vi')).toBe('2,3 MB/s')
    expect(formatDuration(3725, 'vi')).toBe('1 giờ 2 phút')
    expect(formatDuration(150, 'vi')).toBe('2 phút 30 giây')
    expect(formatDuration(3600, 'vi')).toBe('1 giờ')
    expect(formatDuration(0.2, 'vi')).toBe('0 giây')
  })
  it('and in English', () => {
    expect(formatSize(1234 * 1024 ** 2, 'en')).toBe('1,234 MB')
    expect(formatDuration(75, 'en')).toBe('1 min 15 s')
  })
})
