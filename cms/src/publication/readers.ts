import { LOCALES, type Locale } from '@di-san-so/site/snapshot'

/**
 * The one set of readers for records as the Local API returns them with `locale: 'all'`: localized values as
 * `{ vi, en }` (or a plain value where a field is not localized), relations as ids (`depth: 0`) or documents.
 * Every public view (snapshot, Dublin Core, JSON-LD; later OAI-PMH, IIIF) reads records through these.
 */
export type LocaleMap<T = string> = Partial<Record<Locale, T | null>>
export type Localized<T = string> = T | LocaleMap<T> | null | undefined

/** A generated Payload record type as read with `locale: 'all'`: any text may be one value per locale. */
export type AllLocales<T> = T extends string
  ? T | LocaleMap<T>
  : T extends readonly (infer E)[]
    ? AllLocales<E>[]
    : T extends object
      ? { [K in keyof T]: AllLocales<T[K]> }
      : T

type Id = string | number
export type Ref<T> = Id | T | null | undefined

const isLocaleMap = <T>(value: Localized<T>): value is LocaleMap<T> =>
  typeof value === 'object' &&
  value !== null &&
  !Array.isArray(value) &&
  LOCALES.some((code) => code in (value as object))

/** The value in one language; a plain (unlocalized) value is the same in every language. */
export function inLocale<T extends string | number>(value: Localized<T>, locale: Locale): T | undefined {
  if (value == null) return undefined
  if (isLocaleMap(value)) return value[locale] ?? undefined
  // An object that names no locale holds no text in any (never shown as if it were one).
  return typeof value === 'object' ? undefined : value
}

/** The value in `locale`, else in Vietnamese (the archive's source language). */
export const withFallback = <T extends string | number>(value: Localized<T>, locale: Locale): T | undefined =>
  inLocale(value, locale) ?? inLocale(value, 'vi')

/** Non-blank text, else null. */
export const text = (value: unknown): string | null => (typeof value === 'string' && value.trim() ? value : null)

/** A finite number, else null. */
export const count = (value: unknown): number | null =>
  typeof value === 'number' && Number.isFinite(value) ? value : null

/** Text items of a list (other names, roles). */
export const texts = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((entry): entry is string => typeof entry === 'string') : []

/**
 * A localized text as public outputs carry it: Vietnamese always (a plain value is Vietnamese; blank is empty),
 * English or null where blank or missing.
 */
export function bothLocales(value: unknown): { vi: string; en: string | null } {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return { vi: text(value) ?? '', en: null }
  const byLocale = new Map(Object.entries(value))
  return { vi: text(byLocale.get('vi')) ?? '', en: text(byLocale.get('en')) }
}

/** The same, or null where there is no Vietnamese text. */
export const bothLocalesOrNull = (value: unknown) => (bothLocales(value).vi ? bothLocales(value) : null)

/** The id of a relation, populated or not, as opaque text. */
export const refId = (value: unknown): string | null => {
  if (value == null) return null
  if (typeof value === 'object') return 'id' in value ? String(value.id) : null
  return String(value)
}

/** The ids of a list of relations. */
export const refIds = (value: unknown): string[] =>
  Array.isArray(value) ? value.map(refId).filter((id): id is string => id !== null) : []

/** Related documents that were populated; bare ids carry nothing to show. */
export const populated = <T extends object>(refs: readonly Ref<T>[] | null | undefined): T[] =>
  (refs ?? []).filter((ref): ref is T => typeof ref === 'object' && ref !== null)

export const populatedOne = <T extends object>(ref: Ref<T>): T | undefined =>
  typeof ref === 'object' && ref !== null ? ref : undefined
