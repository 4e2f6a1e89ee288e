import coreLocale from '../../node_modules/@uppy/core/lib/locale.js'
import dashboardLocale from '../../node_modules/@uppy/dashboard/lib/locale.js'

type Strings = Record<string, string | Record<string, string>>

/**
 * The English text Uppy would show (its core and dashboard locales): each string cut at its `%{…}`
 * placeholders, keeping the pieces long enough to be words a reader would notice in a Vietnamese screen.
 */
export function uppyEnglish(): string[] {
  const pieces = new Set<string>()
  for (const locale of [coreLocale, dashboardLocale]) {
    for (const value of Object.values(locale.strings as Strings)) {
      for (const text of typeof value === 'string' ? [value] : Object.values(value)) {
        for (const piece of text.split(/%\{[^}]*\}/)) {
          const trimmed = piece
            .trim()
            .replace(/^[.,:;!?()]+|[.,:;!?()]+$/g, '')
            .trim()
          if (/[a-z]{3}/i.test(trimmed) && trimmed.length >= 5) pieces.add(trimmed)
        }
      }
    }
  }
  return [...pieces]
}

/** The English pieces found in `text` (a page's visible text). */
export const englishIn = (text: string): string[] =>
  uppyEnglish().filter((piece) =>
    new RegExp(`(^|[^\\p{L}])${piece.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u').test(text),
  )
