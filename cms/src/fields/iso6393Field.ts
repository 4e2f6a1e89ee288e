import type { Field, PayloadRequest, TextField } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

const ISO_639_3 = /^[a-z]{3}$/
const LANGUAGE_PICKER = '/fields/components/LanguagePickerField#LanguagePickerField'

/** ISO 639-3 language codes ("rad" Rade/Ê Đê, "cjm" Eastern Cham, "vie" Vietnamese). */
export const iso6393Field = (overrides: {
  name: string
  hasMany?: boolean
  required?: boolean
  label: { vi: string; en: string }
  /** Show a picker of the archive's languages by name ("Tiếng Ê Đê — rad") and "other"; stores the code. */
  picker?: boolean
  /** Replaces the admin options (a component that draws the picker itself). */
  admin?: TextField['admin']
}): Field =>
  ({
    type: 'text',
    name: overrides.name,
    label: overrides.label,
    required: overrides.required,
    hasMany: overrides.hasMany ?? false,
    admin: overrides.admin ?? (overrides.picker ? { components: { Field: LANGUAGE_PICKER } } : undefined),
    validate: (value: string | string[] | null | undefined, { req }: { req: PayloadRequest }) => {
      const codes = value == null ? [] : Array.isArray(value) ? value : [value]
      if (overrides.required && codes.length === 0) return localMessage(req, MESSAGES.iso6393)
      return codes.every((code) => ISO_639_3.test(code)) || localMessage(req, MESSAGES.iso6393)
    },
  }) as Field
