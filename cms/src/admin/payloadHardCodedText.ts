/**
 * Words Payload 3.90 writes into the admin in English whatever the language (they bypass its translations), and
 * labels it interpolates as objects ("Tạo mới [object Object]" where a label is `{ vi, en }`). Each entry names
 * the Payload component that writes it. `InterfaceWords` applies this table to the page as it renders.
 */
const EXACT: Record<string, { vi: string; en: string }> = {
  // elements/SelectAll: the aria-label of the "select every row" checkbox is its id.
  'select-all': { vi: 'Chọn tất cả', en: 'Select all' },
  // elements/FileDetails/FileMeta: the button that copies a file's address.
  'Copy URL': { vi: 'Sao chép đường dẫn', en: 'Copy URL' },
  // sonner's toast region (providers/ToastContainer passes no label) and its close buttons.
  'Notifications alt+T': { vi: 'Thông báo (alt+T)', en: 'Notifications alt+T' },
  'Close toast': { vi: 'Đóng thông báo', en: 'Close toast' },
}

/** fields/Relationship MultiValueLabel: "Edit <title>" on the pencil of a chosen relation. */
const EDIT_PREFIX = 'Edit '

/** The words for one of Payload's hard-coded English texts, or null when it is not one (or needs no change). */
export function textReplacement(text: string, language: 'vi' | 'en'): string | null {
  const exact = EXACT[text]
  return exact && exact[language] !== text ? exact[language] : null
}

/**
 * The words for an attribute (aria-label, title, placeholder) Payload wrote in English or with an object for a
 * label, given the label written next to the control; null when it needs no change.
 */
export function replacementFor(text: string, language: 'vi' | 'en', label?: string | null): string | null {
  if (EXACT[text]) return textReplacement(text, language)
  if (language === 'vi' && text.startsWith(EDIT_PREFIX)) return `Chỉnh sửa: ${text.slice(EDIT_PREFIX.length)}`
  if (text.includes('[object Object]') || text.includes('{{label}}'))
    return text
      .replace(/(\[object Object\]|\{\{label\}\})/g, label?.trim() ?? '')
      .replace(/\s*:\s*$/, '')
      .replace(/\s{2,}/g, ' ')
      .trim()
  return null
}
