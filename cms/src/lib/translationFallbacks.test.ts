import { describe, expect, it } from 'vitest'

import { type FieldShape, findFallbackFields } from './translationFallbacks'

const FIELDS: FieldShape[] = [
  { type: 'text', name: 'title', localized: true },
  { type: 'textarea', name: 'summary', localized: true },
  { type: 'text', name: 'slug' },
  { type: 'group', name: 'consent', fields: [{ type: 'textarea', name: 'scope', localized: true }] },
  { type: 'array', name: 'languages', fields: [{ type: 'text', name: 'name', localized: true }] },
  { type: 'tabs', tabs: [{ fields: [{ type: 'text', name: 'credit', localized: true }] }] },
  { type: 'row', fields: [{ type: 'text', name: 'caption', localized: true }] },
]

describe('findFallbackFields', () => {
  it('lists what English readers see in Vietnamese, down into groups, arrays, tabs and rows', () => {
    const doc = {
      title: { vi: 'Lễ hội Katê', en: 'Katê festival' },
      summary: { vi: 'Tóm tắt', en: '' },
      slug: 'le-hoi-kate',
      consent: { scope: { vi: 'Phạm vi' } },
      languages: [{ name: { vi: 'Tiếng Chăm', en: 'Cham' } }, { name: { vi: 'Tiếng Việt', en: null } }],
      credit: { vi: 'Ảnh: Sở VHTTDL' },
      caption: { vi: null, en: null },
    }
    expect(findFallbackFields(FIELDS, doc, 'en', 'vi')).toEqual([
      'summary',
      'consent.scope',
      'languages.1.name',
      'credit',
    ])
  })

  it('lists nothing when every field is translated or empty in both languages', () => {
    const doc = { title: { vi: 'A', en: 'B' }, summary: { vi: null, en: null } }
    expect(findFallbackFields(FIELDS, doc, 'en', 'vi')).toEqual([])
    expect(findFallbackFields(FIELDS, undefined, 'en', 'vi')).toEqual([])
  })
})
