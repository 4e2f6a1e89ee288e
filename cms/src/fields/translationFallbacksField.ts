import type { Field } from 'payload'

/** Filled on read by `markTranslationFallbacks`: dotted paths of fields shown in Vietnamese for lack of a translation. */
export const translationFallbacksField = (): Field => ({
  name: 'translationFallbacks',
  type: 'json',
  virtual: true,
  admin: { hidden: true },
})
