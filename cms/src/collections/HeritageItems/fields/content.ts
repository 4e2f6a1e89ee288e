import type { Field } from 'payload'
import { culturalLabelsField } from '../../../fields/culturalLabelsField'
import { HERITAGE_KIND_KEYS, HERITAGE_KINDS } from '../../../lib/heritageKinds'

/** What the heritage is: titles and texts in vi (required) and en, its kind, groups and subjects. */
export const contentFields = (): Field[] => [
  { name: 'title', type: 'text', required: true, localized: true, label: { vi: 'Tên di sản', en: 'Title' } },
  {
    name: 'summary',
    type: 'textarea',
    required: true,
    localized: true,
    maxLength: 500,
    label: { vi: 'Tóm tắt', en: 'Summary' },
    admin: {
      description: {
        vi: 'Một hai câu, hiện trong kết quả tìm kiếm',
        en: 'One or two sentences, shown in search results',
      },
    },
  },
  { name: 'description', type: 'textarea', localized: true, label: { vi: 'Mô tả', en: 'Description' } },
  {
    name: 'kind',
    type: 'select',
    required: true,
    index: true,
    label: { vi: 'Loại hình', en: 'Kind' },
    options: HERITAGE_KIND_KEYS.map((value) => ({ value, label: HERITAGE_KINDS[value].label })),
  },
  {
    name: 'ethnicGroups',
    type: 'relationship',
    relationTo: 'ethnic-groups',
    hasMany: true,
    required: true,
    index: true,
    label: { vi: 'Dân tộc', en: 'Ethnic groups' },
  },
  {
    name: 'subjects',
    type: 'relationship',
    relationTo: 'subjects',
    hasMany: true,
    label: { vi: 'Chủ đề', en: 'Subjects' },
  },
  culturalLabelsField(),
]
