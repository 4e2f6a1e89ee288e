import type { CollectionConfig } from 'payload'

import { isEditorOrAdmin } from '../../access/roles'
import { LABEL_TYPES } from '../../lib/culturalLabels'

/**
 * Traditional Knowledge and Biocultural Labels (Local Contexts), kept offline: each entry is a label a
 * community applied, with its wording in vi and en and its icon. Items and media point to them; the
 * site shows them. Labels inform — the access level is what restricts.
 */
export const CulturalLabels: CollectionConfig = {
  slug: 'cultural-labels',
  labels: {
    singular: { vi: 'Nhãn tri thức (TK/BC)', en: 'TK/BC Label' },
    plural: { vi: 'Nhãn tri thức truyền thống (TK/BC)', en: 'TK and BC Labels' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'labelType', 'community'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  access: { read: () => true, create: isEditorOrAdmin, update: isEditorOrAdmin, delete: isEditorOrAdmin },
  fields: [
    {
      name: 'labelType',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Loại nhãn', en: 'Label type' },
      options: LABEL_TYPES.map((type) => ({ value: type.code, label: type.name })),
    },
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên nhãn', en: 'Name' } },
    { name: 'text', type: 'textarea', required: true, localized: true, label: { vi: 'Lời nhãn', en: 'Label text' } },
    {
      name: 'community',
      type: 'relationship',
      relationTo: 'ethnic-groups',
      label: { vi: 'Cộng đồng áp dụng', en: 'Applied by community' },
    },
    { name: 'icon', type: 'textarea', label: { vi: 'Biểu tượng (SVG)', en: 'Icon (SVG)' }, admin: { readOnly: true } },
  ],
}
