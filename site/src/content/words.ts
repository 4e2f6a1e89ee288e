import { z } from 'zod'

/**
 * The shared words of the publication contract, declared once: the cms writes them into the snapshot and the
 * site reads them back. Nothing here imports from the cms or the site's pages (zod only).
 */

/** The archive's languages, Vietnamese first (the source language; served at the site's root). */
export const LOCALES = ['vi', 'en'] as const
export const localeSchema = z.enum(LOCALES)
export type Locale = z.infer<typeof localeSchema>

/** Kinds of heritage (the cms maps each to a UNESCO domain and a schema.org type: cms/src/lib/heritageKinds.ts). */
export const KINDS = [
  'festival',
  'ritual',
  'performing_art',
  'oral_tradition',
  'traditional_knowledge',
  'craft',
] as const
export const kindSchema = z.enum(KINDS)
export type Kind = z.infer<typeof kindSchema>

/** Kinds of media file (captions are documents). */
export const MEDIA_KINDS = ['image', 'video', 'audio', 'document'] as const
export const mediaKindSchema = z.enum(MEDIA_KINDS)

/** The first word of each public URL, the same in both languages so switching language keeps the record. */
export const URL_WORDS = {
  item: 'di-san',
  group: 'dan-toc',
  kind: 'loai',
  place: 'dia-danh',
  calendar: 'lich-le-hoi',
  person: 'nhan-vat',
  search: 'tim-kiem',
  about: 'gioi-thieu',
  openData: 'du-lieu-mo',
} as const
export const urlWordSchema = z.enum(Object.values(URL_WORDS) as [UrlWord, ...UrlWord[]])
export type UrlWord = (typeof URL_WORDS)[keyof typeof URL_WORDS]

/** A page's path in a language: Vietnamese at the root, English under `/en/` (`/di-san/x/`, `/en/di-san/x/`). */
export const publicPath = (locale: Locale, word: UrlWord, slug?: string): string =>
  `${locale === 'vi' ? '' : `/${locale}`}/${word}/${slug ? `${slug}/` : ''}`

/** The 15 Dublin Core elements. */
export const DC_ELEMENTS = [
  'contributor',
  'coverage',
  'creator',
  'date',
  'description',
  'format',
  'identifier',
  'language',
  'publisher',
  'relation',
  'rights',
  'source',
  'subject',
  'title',
  'type',
] as const
export const dcElementSchema = z.enum(DC_ELEMENTS)
export type DcElement = z.infer<typeof dcElementSchema>

/** schema.org types a heritage item's page may declare. */
export const JSON_LD_TYPES = ['Event', 'CreativeWork', 'Product'] as const
export const jsonLdTypeSchema = z.enum(JSON_LD_TYPES)
