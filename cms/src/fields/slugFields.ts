import type { Field, TextFieldSingleValidation } from 'payload'

import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

export const SLUG_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/

const slugPattern: TextFieldSingleValidation = (value, { req }) =>
  !value || SLUG_PATTERN.test(value) || localMessage(req, MESSAGES.slug)

/** The record's URL name and the ones it had before (old links redirect). Filled by `assignSlug`. */
export const slugFields = (): Field[] => [
  {
    name: 'slug',
    type: 'text',
    unique: true,
    index: true,
    label: { vi: 'Đường dẫn', en: 'Slug' },
    admin: {
      position: 'sidebar',
      description: {
        vi: 'Tự tạo từ tên tiếng Việt, không đổi khi sửa tên. Sửa tay thì đường dẫn cũ vẫn được giữ để chuyển hướng.',
        en: 'Made from the Vietnamese title and kept when the title changes. Edited by hand, the old one is kept for redirects.',
      },
    },
    validate: slugPattern,
  },
  {
    name: 'previousSlugs',
    type: 'text',
    hasMany: true,
    label: { vi: 'Đường dẫn cũ', en: 'Previous slugs' },
    admin: { position: 'sidebar', readOnly: true },
  },
]
