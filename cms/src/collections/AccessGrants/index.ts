import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/roles'

/**
 * Permission for a researcher to read published community or restricted records: one item, every item
 * of an ethnic group, or every item of an archival collection (the item's "collection or project"),
 * until a date. Granted by administrators; expired grants stop working by themselves.
 */
export const AccessGrants: CollectionConfig = {
  slug: 'access-grants',
  labels: {
    singular: { vi: 'Quyền truy cập', en: 'Access grant' },
    plural: { vi: 'Quyền truy cập nghiên cứu', en: 'Access grants' },
  },
  admin: {
    useAsTitle: 'reason',
    defaultColumns: ['researcher', 'scope', 'expiresAt'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  access: { read: isAdmin, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    {
      name: 'researcher',
      type: 'relationship',
      relationTo: 'users',
      required: true,
      index: true,
      label: { vi: 'Nhà nghiên cứu', en: 'Researcher' },
    },
    {
      name: 'scope',
      type: 'select',
      required: true,
      label: { vi: 'Phạm vi', en: 'Scope' },
      options: [
        { value: 'item', label: { vi: 'Một hồ sơ', en: 'One item' } },
        { value: 'ethnic-group', label: { vi: 'Mọi hồ sơ của một dân tộc', en: 'Every item of an ethnic group' } },
        { value: 'collection', label: { vi: 'Mọi hồ sơ của một bộ sưu tập', en: 'Every item of a collection' } },
      ],
    },
    {
      name: 'item',
      type: 'relationship',
      relationTo: 'heritage-items',
      label: { vi: 'Di sản', en: 'Heritage item' },
      admin: { condition: (_, s) => s?.scope === 'item' },
    },
    {
      name: 'ethnicGroup',
      type: 'relationship',
      relationTo: 'ethnic-groups',
      label: { vi: 'Dân tộc', en: 'Ethnic group' },
      admin: { condition: (_, s) => s?.scope === 'ethnic-group' },
    },
    {
      name: 'collection',
      type: 'text',
      label: { vi: 'Phông tư liệu', en: 'Fonds' },
      admin: { condition: (_, s) => s?.scope === 'collection' },
    },
    { name: 'expiresAt', type: 'date', required: true, index: true, label: { vi: 'Hết hạn', en: 'Expires' } },
    { name: 'reason', type: 'text', required: true, label: { vi: 'Mục đích', en: 'Purpose' } },
  ],
}
