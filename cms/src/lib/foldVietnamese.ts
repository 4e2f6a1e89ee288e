/**
 * Folds Vietnamese for URLs and matching: tone and vowel marks removed, đ→d, lowercase.
 * "Lễ hội Đâm trâu" → "le hoi dam trau". NFD splits "ễ" into "e" + marks; đ/Đ are letters, not marks.
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{Mn}/gu, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .toLowerCase()
}

/** A URL slug from any title: folded, every run of other characters a single hyphen, at most 80 characters. */
export function slugify(text: string): string {
  return foldVietnamese(text)
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, 80)
    .replace(/-+$/g, '')
}
