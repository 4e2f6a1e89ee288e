import { describe, expect, it } from 'vitest'

import { safeFileName } from './safeFileName'

describe('safeFileName', () => {
  it.each([
    ['../../etc/passwd', 'passwd'],
    ['..\\..\\windows\\win.ini', 'win.ini'],
    ['le-hoi\u0000.mp4', 'le-hoi.mp4'],
    ['Lễ hội Đâm trâu.MP4'.normalize('NFD'), 'Lễ hội Đâm trâu.mp4'],
    ['.hidden', 'hidden'],
    ['...', 'tep'],
    ['', 'tep'],
  ])('%j → %j', (input, expected) => {
    expect(safeFileName(input)).toBe(expected)
    expect(safeFileName(input).normalize('NFC')).toBe(safeFileName(input))
  })

  it('cuts a 300-character name to 120 characters before the extension', () => {
    const name = safeFileName(`${'a'.repeat(300)}.jpg`)
    expect(name).toBe(`${'a'.repeat(120)}.jpg`)
  })
})
