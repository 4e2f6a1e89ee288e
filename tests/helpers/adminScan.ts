import type { Page } from 'playwright-core'

/**
 * One Vietnamese syllable written without tone marks or hats ("tao", "nguoi", "nghieng"): what an ASCII-only
 * word on a Vietnamese screen can be. An English word ("Email", "Copy", "API", "select", "undefined") breaks
 * the shape: a consonant Vietnamese has no initial for (f, j, w, z), a cluster (bl, pr), or a final it has not.
 */
const VIETNAMESE_SYLLABLE = /^(ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdghklmnprstvx])?[aeiouy]{1,3}(ch|ng|nh|[cmnpt])?$/

/** What a person reads on the page: visible text, and the title, aria-label and placeholder of visible elements. */
export type ScreenText = { texts: string[]; attributes: string[]; dateInputs: string[]; title: string }

/** Reads the screen as a person (or a screen reader) would, leaving out what people typed into the record. */
export async function readScreen(page: Page): Promise<ScreenText> {
  return page.evaluate(() => {
    const visible = (element: Element) => element.checkVisibility({ visibilityProperty: true })
    // Record text a person typed, not the interface: editors' contents and the values of inputs.
    const typed = 'script, style, noscript, textarea, [contenteditable="true"], .rich-text-lexical'
    const texts: string[] = []
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const parent = node.parentElement
      const text = node.textContent?.trim()
      if (text && parent && !parent.closest(typed) && visible(parent)) texts.push(text)
    }
    const attributes: string[] = []
    for (const element of document.querySelectorAll('[title], [aria-label], [placeholder]')) {
      if (!visible(element) || element.closest(typed)) continue
      for (const name of ['title', 'aria-label', 'placeholder']) {
        const value = element.getAttribute(name)?.trim()
        if (value) attributes.push(value)
      }
    }
    const dateInputs = [...document.querySelectorAll<HTMLInputElement>('.react-datepicker__input-container input')]
      .map((input) => input.value)
      .filter(Boolean)
    return { texts, attributes, dateInputs, title: document.title }
  })
}

/**
 * The English words in a screen's text: ASCII-only words that cannot be a Vietnamese syllable and are not
 * allowed (proper nouns and codes from the records, the archive's name). Numbers, file names, e-mail
 * addresses and MIME types are data, not language, and are skipped.
 */
export function englishWords(lines: string[], allowed: ReadonlySet<string>): string[] {
  const found = new Set<string>()
  for (const line of lines)
    for (const token of line.split(/\s+/)) {
      if (/\d/.test(token) || /@/.test(token) || /^[\w.+-]+\/[\w.+-]+$/.test(token)) continue
      for (const word of token.match(/[\p{L}]+/gu) ?? []) {
        if (!/^[A-Za-z]+$/.test(word) || word.length < 2) continue
        if (allowed.has(word.toLowerCase()) || VIETNAMESE_SYLLABLE.test(word.toLowerCase())) continue
        found.add(word)
      }
    }
  return [...found]
}

/** Dates written in any other shape than dd/MM/yyyy (HH:mm): month names, AM/PM, "thg 11 25". */
const FOREIGN_DATE =
  /\b(AM|PM|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b|\bthg \d|\b\d{1,2}\/\d{1,2}\/\d{2}\b(?!\d)|\b\d{4}-\d{2}-\d{2}\b/

/** The date texts on screen that are not in the archive's one format. */
export function foreignDates(screen: ScreenText): string[] {
  const lines = [...screen.texts, ...screen.attributes].filter((line) => FOREIGN_DATE.test(line))
  const inputs = screen.dateInputs.filter((value) => !/^\d{2}\/\d{2}\/\d{4}( \d{2}:\d{2})?$/.test(value))
  return [...lines, ...inputs]
}

/** Every word of a record's text (any string inside it), lower-cased: the proper nouns a screen may show. */
export function wordsOf(records: unknown[]): Set<string> {
  const words = new Set<string>()
  const visit = (value: unknown): void => {
    if (typeof value === 'string') for (const word of value.match(/[\p{L}]+/gu) ?? []) words.add(word.toLowerCase())
    else if (Array.isArray(value)) value.forEach(visit)
    else if (value && typeof value === 'object') Object.values(value).forEach(visit)
  }
  visit(records)
  return words
}

/** How far the page scrolls sideways beyond the viewport, in CSS pixels (0 when it does not). */
export async function sidewaysOverflow(page: Page): Promise<number> {
  return page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
}
