import { describe, expect, it } from 'vitest'

import { formatDuration, formatSent, formatSize, formatSpeed } from './formatProgress'

describe('the upload progress figures', () => {
  it('are in Vietnamese number formats', () => {
    expect(formatSize(1.5 * 1024 ** 2, 'vi')).toBe('1,5 MB')
    expect(formatSize(1000 * 1024 ** 2, 'vi')).toBe('1.000 MB')
    expect(formatSize(2.5 * 1024 ** 3, 'vi')).toBe('2,5 GB')
    expect(formatSize(300 * 1024, 'vi')).toBe('300 KB')
    expect(formatSize(105_400, 'vi')).toBe('103 KB')
    expect(formatSpeed(300 * 1024, 'vi')).toBe('300 KB/s')
    expect(formatSpeed(2.25 * 1024 ** 2, 'vi')).toBe('2,3 MB/s')
    expect(formatDuration(3725, 'vi')).toBe('1 giờ 2 phút')
    expect(formatDuration(150, 'vi')).toBe('2 phút 30 giây')
    expect(formatDuration(3600, 'vi')).toBe('1 giờ')
    expect(formatDuration(0.2, 'vi')).toBe('0 giây')
  })
  it('give a small file in KB and a sent part in its total’s unit, never "0 MB / 0 MB"', () => {
    expect(formatSent(0, 3500, 'vi')).toBe('0 KB / 3,4 KB')
    expect(formatSent(2048, 3500, 'vi')).toBe('2 KB / 3,4 KB')
    expect(formatSent(300 * 1024 ** 2, 4 * 1024 ** 3, 'vi')).toBe('0,29 GB / 4 GB')
    expect(formatSent(1.5 * 1024 ** 2, 2.9 * 1024 ** 2, 'vi')).toBe('1,5 MB / 2,9 MB')
  })
  it('read right at the edges of each unit', () => {
    expect(formatSize(1024 ** 2 - 1, 'vi')).toBe('1 MB')
    expect(formatSize(1024 ** 3 - 1, 'vi')).toBe('1 GB')
    expect(formatSize(1024 ** 2, 'vi')).toBe('1 MB')
    expect(formatSize(1023 * 1024, 'vi')).toBe('1.023 KB')
    expect(formatSent(0, 40, 'vi')).toBe('0 KB / < 0,1 KB')
    expect(formatSent(5 * 1024 ** 2, 4 * 1024 ** 3, 'vi')).toBe('0,0049 GB / 4 GB')
    expect(formatSent(0.13 * 1024 ** 2, 2.9 * 1024 ** 2, 'vi')).toBe('0,1 MB / 2,9 MB')
    expect(formatSent(Number.NaN, -5, 'vi')).toBe('0 KB / 0 KB')
    expect(formatSize(-1, 'vi')).toBe('0 KB')
  })
  it('and in English', () => {
    expect(formatSize(1000 * 1024 ** 2, 'en')).toBe('1,000 MB')
    expect(formatSent(512 * 1024 ** 2, 1.5 * 1024 ** 3, 'en')).toBe('0.5 GB / 1.5 GB')
    expect(formatDuration(75, 'en')).toBe('1 min 15 s')
  })
})
