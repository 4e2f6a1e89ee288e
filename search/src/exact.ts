/**
 * Meilisearch folds tone and vowel marks (and đ→d) when it indexes and when it reads a query, so
 * "đường" (road) and "dương" (ocean) are the same word to it and rank alike. To rank an exact-diacritic
 * match first, documents carry each marked word a second time in an ASCII spelling that keeps the marks
 * (Telex, as Vietnamese keyboards type it: "đường" → "dduwowngf", "dương" → "duwowng"), in a field where
 * typos are off; the query gets the same spellings appended. With Meilisearch's `last` matching strategy
 * a document holding the word as typed matches more query words and ranks first; one holding only the
 * folded word still matches. A query typed without marks adds nothing and behaves as before.
 */

const VOWEL_MARKS: Record<string, string> = {
  '\u0302': '', // circumflex: â ê ô, typed by doubling the vowel
  '\u0306': 'w', // breve: ă
  '\u031B': 'w', // horn: ơ ư
}
const TONES: Record<string, string> = {
  '\u0301': 's', // sắc
  '\u0300': 'f', // huyền
  '\u0309': 'r', // hỏi
  '\u0303': 'x', // ngã
  '\u0323': 'j', // nặng
}

/** The Telex spelling of one word, or null when it carries no Vietnamese mark (nothing to tell apart). */
export function telex(word: string): string | null {
  let out = ''
  let tone = ''
  let marked = false
  for (const char of word.toLowerCase().normalize('NFD')) {
    if (char === 'đ') {
      out += 'dd'
      marked = true
    } else if (char === '\u0302') {
      out += out.slice(-1)
      marked = true
    } else if (char in VOWEL_MARKS) {
      out += VOWEL_MARKS[char]
      marked = true
    } else if (char in TONES) {
      tone = TONES[char] as string
      marked = true
    } else if (/[a-z0-9]/.test(char)) out += char
    else if (/\p{L}/u.test(char)) return null // another script or mark: leave the word to Meilisearch
  }
  return marked && out ? out + tone : null
}

/** The exact spellings of every marked word of a text, each once, space-separated. */
export function exactForms(text: string): string {
  const words = text.split(/[^\p{L}\p{M}\p{N}]+/u).filter(Boolean)
  return [...new Set(words.map(telex).filter((form): form is string => form !== null))].join(' ')
}

/** What to send Meilisearch for what the visitor typed: the query itself, then its exact spellings. */
export function withExactForms(query: string): string {
  const forms = exactForms(query)
  return forms ? `${query.trim()} ${forms}` : query.trim()
}
