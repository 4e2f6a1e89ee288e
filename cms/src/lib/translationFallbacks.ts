/** The shape of Payload field configs this walk needs; kept structural so the module stays pure. */
export type FieldShape = {
  type: string
  name?: string
  localized?: boolean
  fields?: readonly FieldShape[]
  tabs?: readonly { name?: string; fields: readonly FieldShape[] }[]
}

type Doc = Record<string, unknown>

const isEmpty = (value: unknown): boolean =>
  value === undefined || value === null || value === '' || (Array.isArray(value) && value.length === 0)

/**
 * Lists the localized fields (dotted paths, array rows by index) that have no value in `locale` but have
 * one in `fallbackLocale`: what a reader of `locale` is shown in the fallback language. Works on a
 * document as stored, with localized values as `{ vi: …, en: … }`.
 */
export function findFallbackFields(
  fields: readonly FieldShape[],
  doc: Doc | undefined,
  locale: string,
  fallbackLocale: string,
  prefix = '',
): string[] {
  if (!doc) return []
  return fields.flatMap((field): string[] => {
    if (!field.name) {
      if (field.tabs) {
        return field.tabs.flatMap((tab) =>
          tab.name
            ? findFallbackFields(tab.fields, doc[tab.name] as Doc, locale, fallbackLocale, `${prefix}${tab.name}.`)
            : findFallbackFields(tab.fields, doc, locale, fallbackLocale, prefix),
        )
      }
      return field.fields ? findFallbackFields(field.fields, doc, locale, fallbackLocale, prefix) : []
    }
    const path = `${prefix}${field.name}`
    const value = doc[field.name]
    if (field.localized) {
      const byLocale = (value ?? {}) as Record<string, unknown>
      return isEmpty(byLocale[locale]) && !isEmpty(byLocale[fallbackLocale]) ? [path] : []
    }
    if (field.type === 'group' && field.fields) {
      return findFallbackFields(field.fields, value as Doc, locale, fallbackLocale, `${path}.`)
    }
    if (field.type === 'array' && field.fields && Array.isArray(value)) {
      const rowFields = field.fields
      return value.flatMap((row, index) =>
        findFallbackFields(rowFields, row as Doc, locale, fallbackLocale, `${path}.${index}.`),
      )
    }
    return []
  })
}
