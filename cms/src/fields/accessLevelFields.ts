import type { CollectionSlug, Field, SelectFieldSingleValidation, TextareaFieldValidation } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

export const ACCESS_LEVELS = ['public', 'community', 'restricted'] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]

const LABELS: Record<AccessLevel, { vi: string; en: string }> = {
  public: { vi: 'Công khai', en: 'Public' },
  community: { vi: 'Chỉ cộng đồng', en: 'Community only' },
  restricted: { vi: 'Hạn chế (thiêng, nhạy cảm)', en: 'Restricted (sacred, sensitive)' },
}

/**
 * A reason unless the record is public. Edited in another language than Vietnamese, an untranslated reason
 * falls back to the Vietnamese one, which is where it is required: there, a stored Vietnamese reason is enough,
 * but a new record (or one without a Vietnamese reason) still needs one.
 */
const reasonUnlessPublic: TextareaFieldValidation = async (
  value,
  { siblingData, req, operation, id, collectionSlug },
) => {
  if ((siblingData as { accessLevel?: string }).accessLevel === 'public' || value?.trim()) return true
  if (req.locale && req.locale !== 'vi' && operation === 'update' && id !== undefined && collectionSlug) {
    // The Local API sets the locale it reads in on the `req` it is given: put the edit's own back, or the rest
    // of this save would write the English values into the Vietnamese text.
    const { locale, fallbackLocale } = req
    try {
      const stored = await req.payload.findByID({
        collection: collectionSlug as CollectionSlug,
        id,
        locale: 'vi',
        fallbackLocale: false,
        depth: 0,
        draft: true,
        overrideAccess: true,
        disableErrors: true,
        req,
      })
      const reason = (stored as { accessReason?: unknown } | null)?.accessReason
      if (typeof reason === 'string' && reason.trim()) return true
    } finally {
      req.locale = locale
      req.fallbackLocale = fallbackLocale
    }
  }
  return localMessage(req, MESSAGES.accessReason)
}

/**
 * Who may see a record: `accessLevel` and, unless public, the reason. Access rules read these fields;
 * they never default to public. `validateLevel` adds record-specific checks (consent on items).
 */
export const accessLevelFields = (validateLevel?: SelectFieldSingleValidation): Field[] => [
  {
    name: 'accessLevel',
    type: 'select',
    required: true,
    defaultValue: 'restricted',
    index: true,
    label: { vi: 'Mức truy cập', en: 'Access level' },
    options: ACCESS_LEVELS.map((value) => ({ value, label: LABELS[value] })),
    admin: { position: 'sidebar' },
    ...(validateLevel ? { validate: validateLevel } : {}),
  },
  {
    name: 'accessReason',
    type: 'textarea',
    localized: true,
    label: { vi: 'Lý do hạn chế', en: 'Reason for the restriction' },
    admin: { position: 'sidebar', condition: (_, sibling) => sibling?.accessLevel !== 'public' },
    validate: reasonUnlessPublic,
  },
]
