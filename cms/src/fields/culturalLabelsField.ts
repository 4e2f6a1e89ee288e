import type { Field } from 'payload'

/** The Local Contexts labels a community applied to a record or file. */
export const culturalLabelsField = (): Field => ({
  name: 'culturalLabels',
  type: 'relationship',
  relationTo: 'cultural-labels',
  hasMany: true,
  label: { vi: 'Nhãn tri thức truyền thống (TK/BC)', en: 'TK and BC Labels' },
  admin: {
    description: {
      vi: 'Nhãn do cộng đồng gắn: cho biết cách cộng đồng muốn di sản được đối xử. Không thay cho mức truy cập.',
      en: 'Labels the community applied: how it wants this heritage treated. They do not replace the access level.',
    },
  },
})
