import type { Field, UploadFieldSingleValidation } from 'payload'
import { optionsOf } from '../../../fields/options'
import { localMessage } from '../../../i18n/localMessage'
import { MESSAGES } from '../../../i18n/messages'
import { sameId } from '../../../lib/idOf'
import { mediaPicker } from '../../../media/mediaPicker'
import { PERSON_ROLES } from '../../People'

const featuredAmongMedia: UploadFieldSingleValidation = (value, { siblingData, req }) => {
  if (value == null) return true
  const media: unknown[] = (siblingData as { media?: unknown[] | null }).media ?? []
  return media.some((ref) => sameId(ref, value)) || localMessage(req, MESSAGES.featuredMedia)
}

/** Who took part (with their role) and the media, in order, one of them featured. */
export const peopleAndMediaFields = (): Field[] => [
  {
    name: 'people',
    type: 'array',
    label: { vi: 'Người tham gia', en: 'People' },
    labels: { singular: { vi: 'Người', en: 'Person' }, plural: { vi: 'Người tham gia', en: 'People' } },
    fields: [
      {
        type: 'row',
        fields: [
          {
            name: 'person',
            type: 'relationship',
            relationTo: 'people',
            required: true,
            label: { vi: 'Người', en: 'Person' },
          },
          {
            name: 'role',
            type: 'select',
            required: true,
            label: { vi: 'Vai trò', en: 'Role' },
            options: optionsOf(PERSON_ROLES),
          },
        ],
      },
    ],
  },
  {
    name: 'media',
    type: 'upload',
    relationTo: 'media',
    hasMany: true,
    label: { vi: 'Tư liệu (theo thứ tự)', en: 'Media (in order)' },
    admin: mediaPicker,
  },
  {
    name: 'featuredMedia',
    type: 'upload',
    relationTo: 'media',
    label: { vi: 'Tư liệu tiêu biểu', en: 'Featured media' },
    admin: mediaPicker,
    validate: featuredAmongMedia,
  },
]
