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

/**
 * What a search engine that does not fold đ (Pagefind) should index besides the text itself: the folded
 * text, and each name also joined into one word, as people type them ("Ê Đê" → "e de ede", "S'tiêng" →
 * "s tieng stieng").
 */
export function searchForms(text: string, names: readonly string[] = []): string {
  const folded = (value: string) =>
    foldVietnamese(value)
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim()
  const joined = names.map((name) => folded(name).replace(/ /g, '')).filter((name) => name.length > 1)
  return [folded(text), ...names.map(folded), ...joined].filter(Boolean).join(' ')
}
