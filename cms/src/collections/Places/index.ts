import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/roles'
import { endNotBefore } from '../../fields/dateRangeValidate'
import { DAY_ONLY, optionsOf } from '../../fields/options'
import { coordinatesField } from './fields/coordinatesField'

export const PLACE_TYPES = {
  province: { vi: 'Tỉnh, thành phố', en: 'Province or city' },
  district: { vi: 'Huyện, quận, thị xã (đến 30/6/2025)', en: 'District (until 30 June 2025)' },
  commune: { vi: 'Xã, phường, thị trấn', en: 'Commune or ward' },
  village: { vi: 'Thôn, buôn, làng, plei', en: 'Village' },
  site: { vi: 'Địa điểm, di tích', en: 'Site' },
} as const

/**
 * The gazetteer. Places are never deleted when administrative units change: the old unit gets a
 * "valid to" date and "replaced by" (the 1 July 2025 reorganisation merged provinces and removed the
 * district level), so records keep the place they were made in and are found under today's names too.
 */
export const Places: CollectionConfig = {
  slug: 'places',
  labels: { singular: { vi: 'Địa danh', en: 'Place' }, plural: { vi: 'Địa danh', en: 'Places' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'type', 'parent', 'validTo', 'replacedBy'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  // The gazetteer is shared by every province and drawn on the public map: administrators keep it.
  access: { read: () => true, create: isAdmin, update: isAdmin, delete: isAdmin },
  fields: [
    { name: 'name', type: 'text', required: true, localized: true, label: { vi: 'Tên', en: 'Name' } },
    {
      name: 'otherNames',
      type: 'text',
      hasMany: true,
      label: { vi: 'Tên gọi khác', en: 'Other names' },
      admin: {
        description: {
          vi: 'Tên cũ, tên không dấu, tên theo tiếng dân tộc',
          en: 'Former names, unaccented spellings, names in minority languages',
        },
      },
    },
    {
      name: 'type',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Cấp', en: 'Type' },
      options: optionsOf(PLACE_TYPES),
    },
    { name: 'parent', type: 'relationship', relationTo: 'places', index: true, label: { vi: 'Thuộc', en: 'Part of' } },
    coordinatesField(),
    {
      type: 'row',
      fields: [
        {
          name: 'validFrom',
          type: 'date',
          label: { vi: 'Hiệu lực từ', en: 'Valid from' },
          admin: DAY_ONLY,
        },
        {
          name: 'validTo',
          type: 'date',
          index: true,
          label: { vi: 'Hiệu lực đến', en: 'Valid to' },
          admin: DAY_ONLY,
          validate: endNotBefore('validFrom'),
        },
      ],
    },
    {
      name: 'replacedBy',
      type: 'relationship',
      relationTo: 'places',
      hasMany: true,
      label: { vi: 'Được thay bằng', en: 'Replaced by' },
      admin: { condition: (_, sibling) => Boolean(sibling?.validTo) },
    },
  ],
}
