import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access/roles'
import { slugFields } from '../../fields/slugFields'
import { assignSlug } from '../../hooks/assignSlug'

/** A small localized subject taxonomy (gongs, pottery, harvest rites…), one level of nesting. */
export const Subjects: CollectionConfig = {
  slug: 'subjects',
  labels: { singular: { vi: 'Chủ đề', en: 'Subject' }, plural: { vi: 'Chủ đề', en: 'Subjects' } },
  admin: { useAsTitle: 'name', defaultColumns: ['name', 'broader'], group: { vi: 'Danh mục', en: 'Reference data' } },
  access: { read: () => true, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  hooks: { beforeChange: [assignSlug('name')] },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'broader',
      type: 'relationship',
      relationTo: 'subjects',
      label: { vi: 'Chủ đề rộng hơn', en: 'Broader subject' },
    },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Giải thích', en: 'Scope note' } },
    ...slugFields(),
  ],
}
