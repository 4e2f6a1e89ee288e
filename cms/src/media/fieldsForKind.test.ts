import { describe, expect, it } from 'vitest'

import { FIELDS_FOR_KIND, fitsKind } from './fieldsForKind'

const shown = (field: keyof typeof FIELDS_FOR_KIND, data: Record<string, unknown>) =>
  fitsKind(FIELDS_FOR_KIND[field], data)

describe('the media form shows the fields that fit the file', () => {
  it.each([
    ['image', { languages: false, transcript: false, captions: false, recordedWhere: true }],
    ['audio', { languages: true, transcript: true, captions: false, recordedWhere: true }],
    ['video', { languages: true, transcript: true, captions: true, recordedWhere: true }],
    ['document', { languages: true, transcript: false, captions: false, recordedWhere: false }],
  ] as const)('%s', (kind, expected) => {
    for (const [field, visible] of Object.entries(expected))
      expect(shown(field as keyof typeof FIELDS_FOR_KIND, { kind }), field).toBe(visible)
  })
  it('falls back to the stored file type, and shows everything while the kind is unknown', () => {
    expect(shown('transcript', { kind: null, mimeType: 'image/jpeg' })).toBe(false)
    expect(shown('transcript', { kind: '', mimeType: 'audio/mpeg' })).toBe(true)
    expect(shown('captions', {})).toBe(true)
  })
})
