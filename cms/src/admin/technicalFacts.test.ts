import { describe, expect, it } from 'vitest'

import { technicalFacts } from './technicalFacts'

describe('technicalFacts', () => {
  it('reads an image’s type, size, format and colour space', () => {
    const technical = {
      identified: { kind: 'image', mimeType: 'image/jpeg', extension: 'jpg', label: 'JPEG' },
      image: { width: 1200, height: 800, format: 'jpeg', space: 'srgb', orientation: 1, hasProfile: false },
    }
    expect(technicalFacts(technical, 'vi')).toEqual([
      { label: 'Kiểu tệp (MIME)', value: 'image/jpeg' },
      { label: 'Kích thước ảnh (điểm ảnh)', value: '1200 × 800' },
      { label: 'Định dạng', value: 'jpeg' },
      { label: 'Không gian màu', value: 'srgb' },
    ])
  })

  it('reads a video’s duration, bit rate, picture and sound', () => {
    const technical = {
      probe: {
        format: 'mov,mp4,m4a',
        duration: 3725.4,
        bitRate: 8_000_000,
        video: { codec: 'h264', width: 1920, height: 1080, rotation: 0, frameRate: 25 },
        audio: { codec: 'aac', sampleRate: 48000, channels: 2 },
      },
    }
    expect(technicalFacts(technical, 'vi')).toEqual([
      { label: 'Định dạng', value: 'mov,mp4,m4a' },
      { label: 'Thời lượng', value: '1:02:05' },
      { label: 'Tốc độ dữ liệu', value: '8000 kbit/s' },
      { label: 'Hình', value: 'h264, 1920 × 1080, 25 hình/giây' },
      { label: 'Tiếng', value: 'aac, 48000 Hz, 2 kênh' },
    ])
    expect(technicalFacts({ probe: { duration: 61, audio: null, video: null } }, 'en')).toEqual([
      { label: 'Duration', value: '1:01' },
    ])
  })

  it('has nothing to say about an unprocessed file', () => {
    expect(technicalFacts(null, 'vi')).toEqual([])
    expect(technicalFacts('{}', 'vi')).toEqual([])
    expect(technicalFacts({}, 'vi')).toEqual([])
  })
})
