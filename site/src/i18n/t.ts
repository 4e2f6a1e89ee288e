import en from './en.json'
import type { Locale } from './urls'
import vi from './vi.json'

export type MessageKey = keyof typeof vi
const MESSAGES: Record<Locale, Record<MessageKey, string>> = { vi, en }

/** The message in the page's language, `{name}` placeholders filled. */
export const t = (locale: Locale, key: MessageKey, values: Record<string, string | number> = {}): string =>
  MESSAGES[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => String(values[name] ?? whole))

/** A snapshot text in the page's language, and whether it fell back to Vietnamese. */
export function pick(text: { vi: string; en: string | null } | null | undefined, locale: Locale) {
  if (!text) return { text: '', fallback: false }
  if (locale === 'en' && text.en) return { text: text.en, fallback: false }
  return { text: text.vi, fallback: locale === 'en' }
}
