import { LOCALES, type Locale, URL_WORDS } from '../content/words'

/** The site's two languages (declared by the snapshot contract): Vietnamese at `/`, English at `/en/`. */
export { LOCALES, type Locale }

/** A site path (always starting and ending with `/`) in the given language: `/di-san/x/` → `/en/di-san/x/`. */
export function localizePath(path: string, locale: Locale): string {
  const key = `${locale}${path}`
  let localized = localizedPaths.get(key)
  if (localized === undefined) {
    const bare = stripLocale(path)
    localized = locale === 'vi' ? bare : `/en${bare}`
    // Every page asks for the same navigation links: a build works each out once.
    if (localizedPaths.size < 200_000) localizedPaths.set(key, localized)
  }
  return localized
}
const localizedPaths = new Map<string, string>()

/** The language a path is in, and the path without its language prefix. */
export function localeOf(path: string): Locale {
  return path === '/en' || path.startsWith('/en/') ? 'en' : 'vi'
}

export function stripLocale(path: string): string {
  const withSlashes = `/${path.replace(/^\/+/, '').replace(/\/*$/, '/')}`.replace(/^\/\/$/, '/')
  return withSlashes === '/en/' ? '/' : withSlashes.startsWith('/en/') ? withSlashes.slice(3) : withSlashes
}

/** Paths of the record pages, the same words in both languages so switching language keeps the record. */
export const paths = {
  home: () => '/',
  item: (slug: string) => `/${URL_WORDS.item}/${slug}/`,
  group: (slug: string) => `/${URL_WORDS.group}/${slug}/`,
  groups: () => `/${URL_WORDS.group}/`,
  kind: (kind: string) => `/${URL_WORDS.kind}/${kind.replace(/_/g, '-')}/`,
  places: () => `/${URL_WORDS.place}/`,
  place: (id: string) => `/${URL_WORDS.place}/${id}/`,
  calendar: () => `/${URL_WORDS.calendar}/`,
  calendarMonth: (key: string) => `/${URL_WORDS.calendar}/${key}/`,
  person: (slug: string) => `/${URL_WORDS.person}/${slug}/`,
  search: () => `/${URL_WORDS.search}/`,
  about: () => `/${URL_WORDS.about}/`,
  openData: () => `/${URL_WORDS.openData}/`,
} as const
