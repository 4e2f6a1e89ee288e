/** The site's two languages: Vietnamese at `/`, English at `/en/`. */
export type Locale = 'vi' | 'en'
export const LOCALES: readonly Locale[] = ['vi', 'en']

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
  item: (slug: string) => `/di-san/${slug}/`,
  group: (slug: string) => `/dan-toc/${slug}/`,
  groups: () => '/dan-toc/',
  kind: (kind: string) => `/loai/${kind.replace(/_/g, '-')}/`,
  places: () => '/dia-danh/',
  place: (id: string) => `/dia-danh/${id}/`,
  calendar: () => '/lich-le-hoi/',
  calendarMonth: (key: string) => `/lich-le-hoi/${key}/`,
  person: (slug: string) => `/nhan-vat/${slug}/`,
  search: () => '/tim-kiem/',
  about: () => '/gioi-thieu/',
  openData: () => '/du-lieu-mo/',
} as const
