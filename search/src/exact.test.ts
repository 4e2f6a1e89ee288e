import { describe, expect, it } from 'vitest'

import { exactForms, telex, withExactForms } from './exact'

describe('exact-diacritic spellings (Telex)', () => {
  it.each([
    ['đường', 'dduwowngf'],
    ['dương', 'duwowng'],
    ['Đắk', 'ddawks'],
    ['Lắk', 'lawks'],
    ['lễ', 'leex'],
    ['hội', 'hooij'],
    ['cồng', 'coongf'],
    ['chiêng', 'chieeng'],
    ['Ê', 'ee'],
    ['Katê', 'katee'],
    ['thổ', 'thoor'],
    ['cẩm', 'caamr'],
    ['Ơi', 'owi'],
    ['le', null],
    ['rhade', null],
    ['2024', null],
    ['café', 'cafes'],
    ['Ελλάδα', null],
  ])('%s → %s', (word, expected) => {
    expect(telex(word)).toBe(expected)
  })

  it('gives a different spelling to words Meilisearch folds together', () => {
    const forms = ['đường', 'dương', 'dường', 'đương', 'duong'].map(telex)
    expect(new Set(forms).size).toBe(5)
  })

  it('lists each marked word of a text once, NFC or NFD alike', () => {
    expect(exactForms('Lễ hội Đâm trâu, lễ hội mừng lúa mới')).toBe('leex hooij ddaam traau muwngf luas mowis')
    expect(exactForms('Lễ hội'.normalize('NFD'))).toBe('leex hooij')
    expect(exactForms('Gia Rai 2024')).toBe('')
  })

  it('appends the spellings to a query typed with marks, and leaves a query without marks alone', () => {
    expect(withExactForms(' đường ')).toBe('đường dduwowngf')
    expect(withExactForms('le hoi cong chieng')).toBe('le hoi cong chieng')
  })
})
