import { describe, expect, it } from 'vitest'

import { answerRange, type ByteRange, contentRange, parseByteRange } from './byteRange'

const whole: ByteRange = { kind: 'whole' }
const none: ByteRange = { kind: 'unsatisfiable' }
const part = (start: number, end: number): ByteRange => ({ kind: 'part', start, end })

describe('parseByteRange (RFC 9110 byte ranges, a file of 1000 bytes unless said)', () => {
  it.each<[string | null | undefined, number, ByteRange]>([
    [undefined, 1000, whole],
    [null, 1000, whole],
    ['', 1000, whole],
    ['bytes=0-99', 1000, part(0, 99)],
    ['bytes=0-0', 1000, part(0, 0)],
    ['bytes=500-', 1000, part(500, 999)],
    ['bytes=-100', 1000, part(900, 999)],
    ['bytes=-5000', 1000, part(0, 999)],
    ['bytes=900-5000', 1000, part(900, 999)],
    ['bytes=999-999', 1000, part(999, 999)],
    ['Bytes=0-1', 1000, part(0, 1)],
    ['bytes= 2-3 ', 1000, part(2, 3)],
    [`bytes=0-${'9'.repeat(400)}`, 1000, part(0, 999)],
    // unsatisfiable: starts at or past the end, asks for nothing, or the file is empty
    ['bytes=1000-', 1000, none],
    ['bytes=1000-2000', 1000, none],
    [`bytes=${'9'.repeat(400)}-`, 1000, none],
    ['bytes=-0', 1000, none],
    ['bytes=0-0', 0, none],
    ['bytes=-1', 0, none],
    ['bytes=0-', 0, none],
    // malformed: ignored, the whole file is served
    ['bytes=500-100', 1000, whole],
    ['bytes=-', 1000, whole],
    ['bytes=a-b', 1000, whole],
    ['bytes=1.5-2', 1000, whole],
    ['bytes=-1-2', 1000, whole],
    ['bytes=0x10-', 1000, whole],
    ['bytes=1e3-', 1000, whole],
    ['bytes 0-1', 1000, whole],
    ['items=0-1', 1000, whole],
    ['bytes=0-1\u0000', 1000, whole],
    ['=0-1', 1000, whole],
    // several ranges: the whole file (no multipart answers)
    ['bytes=0-1,5-6', 1000, whole],
    ['bytes=0-1,', 1000, whole],
  ])('%j of %i bytes → %j', (header, size, expected) => {
    const range = parseByteRange(header, size)
    expect(range).toEqual(expected)
    if (range.kind === 'part') {
      expect(range.start).toBeGreaterThanOrEqual(0)
      expect(range.end).toBeGreaterThanOrEqual(range.start)
      expect(range.end).toBeLessThan(size)
    }
  })

  it('writes Content-Range for a part and for a 416', () => {
    expect(contentRange(part(0, 99), 1000)).toBe('bytes 0-99/1000')
    expect(contentRange(none, 1000)).toBe('bytes */1000')
    expect(contentRange(whole, 1000)).toBeUndefined()
  })
})

describe('answerRange (the one answer the cms and the site server send)', () => {
  it.each([
    [undefined, 1000, 200, 0, 999, { 'Content-Length': '1000', 'Accept-Ranges': 'bytes' }],
    [
      'bytes=0-99',
      1000,
      206,
      0,
      99,
      { 'Content-Length': '100', 'Accept-Ranges': 'bytes', 'Content-Range': 'bytes 0-99/1000' },
    ],
    [
      'bytes=-100',
      1000,
      206,
      900,
      999,
      { 'Content-Length': '100', 'Accept-Ranges': 'bytes', 'Content-Range': 'bytes 900-999/1000' },
    ],
    ['bytes=0-1,5-6', 1000, 200, 0, 999, { 'Content-Length': '1000', 'Accept-Ranges': 'bytes' }],
    ['bytes=1000-', 1000, 416, 0, -1, { 'Content-Range': 'bytes */1000' }],
    [undefined, 0, 200, 0, -1, { 'Content-Length': '0', 'Accept-Ranges': 'bytes' }],
  ] as const)('%s of %i bytes → %i', (header, size, status, start, end, headers) => {
    expect(answerRange(header, size)).toEqual({ status, start, end, headers })
  })
})
