import type { CollectionBeforeReadHook } from 'payload'

import { type FieldShape, findFallbackFields } from '../lib/translationFallbacks'

/**
 * Tells readers which fields they are shown in the fallback language (Vietnamese), so the site can say
 * "not yet translated". Runs before Payload flattens the locales, when every language is still visible.
 */
export const markTranslationFallbacks: CollectionBeforeReadHook = ({ collection, doc, req }) => {
  const config = req.payload.config.localization
  const locale = req.locale
  if (!config || !locale || locale === 'all' || locale === config.defaultLocale) {
    return { ...doc, translationFallbacks: [] }
  }
  const fields = collection.fields as unknown as FieldShape[]
  return { ...doc, translationFallbacks: findFallbackFields(fields, doc, locale, config.defaultLocale) }
}
