/**
 * Folds Vietnamese for URLs and matching: tone and vowel marks removed, đ→d, lowercase.
 * "Lễ hội Đâm trâu" → "le hoi dam trau". NFD splits "ễ" into "e" + marks; đ/Đ are letters, not marks.
 * The marks removed are the combining diacritics block (U+0300–036F), which holds every mark Vietnamese
 * and the Latin-script minority orthographies use; it is twice as fast as matching \p{Mn} (a site build
 * folds every item's text).
 */
export function foldVietnamese(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
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
  const forms = names.map(nameForms)
  const joined = forms.map((form) => form.joined).filter((name) => name.length > 1)
  return [folded(text), ...forms.map((form) => form.folded), ...joined].filter(Boolean).join(' ')
}

/**
 * Folded, every run of other characters one space (marks of other scripts stay in their words); plain
 * ASCII (nearly all text, once folded) the fast way.
 */
function folded(value: string): string {
  const text = foldVietnamese(value)
  // biome-ignore lint/suspicious/noControlCharactersInRegex: the test is for ASCII, control characters included
  const separators = /^[\x00-\x7f]*$/.test(text) ? /[^a-z0-9]+/g : /[^\p{L}\p{M}\p{N}]+/gu
  return text.replace(separators, ' ').trim()
}

/** Names recur on thousands of items (groups, provinces): each is folded once. */
const nameCache = new Map<string, { folded: string; joined: string }>()
function nameForms(name: string) {
  let forms = nameCache.get(name)
  if (!forms) {
    const value = folded(name)
    forms = { folded: value, joined: value.replace(/ /g, '') }
    if (nameCache.size < 10_000) nameCache.set(name, forms)
  }
  return forms
}
