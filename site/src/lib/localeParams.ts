import type { Locale } from '../i18n/urls'

/** Route params for both languages: Vietnamese at the root (no segment), English under `en`. */
export const LOCALE_PARAMS = [{ locale: undefined }, { locale: 'en' }] as const

export const localeFrom = (param: string | undefined): Locale => (param === 'en' ? 'en' : 'vi')

/** One static path per language for each entry, with its props. */
export const perLocale = <T extends Record<string, unknown>, P extends Record<string, string | undefined>>(
  entries: { params: P; props?: T }[],
) =>
  entries.flatMap((entry) =>
    LOCALE_PARAMS.map(({ locale }) => ({
      params: { ...entry.params, locale },
      props: { ...(entry.props ?? ({} as T)) },
    })),
  )
