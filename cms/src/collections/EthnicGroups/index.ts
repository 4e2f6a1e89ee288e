import type { CollectionConfig } from 'payload'
import { readPublishedOrSignedIn } from '../../access/readPublished'
import { isEditorOrAdmin } from '../../access/roles'
import { staffOnlyAccess } from '../../access/staffOnly'
import { iso6393Field } from '../../fields/iso6393Field'
import { slugFields } from '../../fields/slugFields'
import { translationFallbacksField } from '../../fields/translationFallbacksField'
import { assignSlug } from '../../hooks/assignSlug'
import { attachOnlyReadable } from '../../hooks/attachOnlyReadable'
import { hideUnreadableRelations } from '../../hooks/hideUnreadableRelations'
import { markTranslationFallbacks } from '../../hooks/markTranslationFallbacks'
import { mediaPicker } from '../../media/mediaPicker'

/** Ethnic groups: reference data every heritage item points to. Their other names feed search synonyms. */
export const EthnicGroups: CollectionConfig = {
  slug: 'ethnic-groups',
  labels: {
    singular: { vi: 'Dân tộc', en: 'Ethnic group' },
    plural: { vi: 'Dân tộc', en: 'Ethnic groups' },
  },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'endonym', 'otherNames'],
    group: { vi: 'Danh mục', en: 'Reference data' },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: readPublishedOrSignedIn,
    // History is not public (DESIGN.md §5): staff only; researchers' grants are on items, not people.
    readVersions: staffOnlyAccess,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeChange: [assignSlug('name'), attachOnlyReadable([{ field: 'featuredImage', collection: 'media' }])],
    beforeRead: [markTranslationFallbacks],
    afterRead: [hideUnreadableRelations([{ field: 'featuredImage', collection: 'media' }])],
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tên gọi chính thức', en: 'Official name' },
    },
    { name: 'endonym', type: 'text', label: { vi: 'Tự gọi', en: 'Endonym' } },
    {
      name: 'otherNames',
      type: 'text',
      hasMany: true,
      label: { vi: 'Tên gọi khác', en: 'Other names' },
      admin: {
        description: {
          vi: 'Tên khác, phiên âm, nhóm địa phương — dùng cho tìm kiếm',
          en: 'Other names, spellings, local groups — used by search',
        },
      },
    },
    {
      name: 'languages',
      type: 'array',
      label: { vi: 'Ngôn ngữ', en: 'Languages' },
      labels: { singular: { vi: 'Ngôn ngữ', en: 'Language' }, plural: { vi: 'Ngôn ngữ', en: 'Languages' } },
      fields: [
        {
          name: 'name',
          type: 'text',
          required: true,
          localized: true,
          label: { vi: 'Tên ngôn ngữ', en: 'Language name' },
        },
        iso6393Field({ name: 'iso6393', required: true, label: { vi: 'Mã ISO 639-3', en: 'ISO 639-3 code' } }),
      ],
    },
    {
      name: 'regions',
      type: 'relationship',
      relationTo: 'places',
      hasMany: true,
      label: { vi: 'Địa bàn cư trú', en: 'Regions' },
    },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'Description' } },
    {
      name: 'featuredImage',
      type: 'upload',
      relationTo: 'media',
      label: { vi: 'Ảnh đại diện', en: 'Featured image' },
      admin: mediaPicker,
    },
    ...slugFields(),
    translationFallbacksField(),
  ],
}
