import { describe, expect, it } from 'vitest'

import { foldVietnamese, searchForms, slugify } from './fold'

describe('slugify', () => {
  it.each([
    ['Lễ hội Đâm trâu', 'le-hoi-dam-trau'],
    ['Lễ cúng bến nước', 'le-cung-ben-nuoc'],
    ['Nghề làm gốm Bàu Trúc', 'nghe-lam-gom-bau-truc'],
    ['Sử thi Đam San', 'su-thi-dam-san'],
    ["Lễ mừng lúa mới của người S'tiêng", 'le-mung-lua-moi-cua-nguoi-s-tieng'],
    ['Xòe Thái (UNESCO 2021)', 'xoe-thai-unesco-2021'],
    ['  ĐƯỜNG   dương  ', 'duong-duong'],
    // NFD input (as macOS file names arrive) folds the same as NFC.
    ['Lễ hội Katê'.normalize('NFD'), 'le-hoi-kate'],
    ['Ê Đê — Rhade / Ra-đê', 'e-de-rhade-ra-de'],
    ['!!!', ''],
  ])('%s → %s', (title, slug) => {
    expect(slugify(title)).toBe(slug)
  })

  it('cuts long titles at 80 characters without a trailing hyphen', () => {
    const slug = slugify('Không gian văn hóa cồng chiêng Tây Nguyên '.repeat(3))
    expect(slug.length).toBeLessThanOrEqual(80)
    expect(slug.endsWith('-')).toBe(false)
  })
})

describe('foldVietnamese', () => {
  it('keeps spaces and case-folds, turning đ into d', () => {
    expect(foldVietnamese('Đắk Lắk')).toBe('dak lak')
    expect(foldVietnamese('Hrê, Xtiêng')).toBe('hre, xtieng')
  })
})

describe('searchForms', () => {
  it.each([
    ['Sử thi Đăm Săn', [], 'su thi dam san'],
    ['Lễ hội của người Ê Đê', ['Ê Đê'], 'le hoi cua nguoi e de e de ede'],
    ['Lễ mừng lúa mới', ["S'tiêng", 'Xtiêng'], 'le mung lua moi s tieng xtieng stieng xtieng'],
    // text in another script keeps its letters (the slower path)
    ['Katê — ꨆꨓꨯꨳ, 2024!', [], 'kate ꨆꨓꨯꨳ 2024'],
  ])('%s with names %j → %s', (text, names, expected) => {
    expect(searchForms(text, names)).toBe(expected)
  })
})
