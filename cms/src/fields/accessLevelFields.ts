import type { Field, SelectFieldSingleValidation, TextareaFieldValidation } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

export const ACCESS_LEVELS = ['public', 'community', 'restricted'] as const
export type AccessLevel = (typeof ACCESS_LEVELS)[number]

const LABELS: Record<AccessLevel, { vi: string; en: string }> = {
  public: { vi: 'Công khai', en: 'Public' },
  community: { vi: 'Chỉ cộng đồng', en: 'Community only' },
  restricted: { vi: 'Hạn chế (thiêng, nhạy cảm)', en: 'Restricted (sacred, sensitive)' },
}

const reasonUnlessPublic: TextareaFieldValidation = (value, { siblingData, req }) =>
  (siblingData as { accessLevel?: string }).accessLevel === 'public' ||
  Boolean(value?.trim()) ||
  // An untranslated reason falls back to the Vietnamese one, which is where it is required.
  (req.locale !== undefined && req.locale !== 'vi') ||
  localMessage(req, MESSAGES.accessReason)

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
