import type { CollectionConfig, PayloadRequest } from 'payload'

import { isEditorOrAdmin } from '../access/roles'
import { localMessage } from '../i18n/localMessage'

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const SLUG_MESSAGE = {
  vi: 'Đường dẫn chỉ gồm chữ thường không dấu, chữ số và dấu gạch ngang, ví dụ "e-de"',
  en: 'A slug holds only lowercase letters without diacritics, digits and hyphens, e.g. "e-de"',
}
const ISO_639_3 = /^[a-z]{3}$/
const ISO_639_3_MESSAGE = {
  vi: 'Mã ISO 639-3 gồm đúng 3 chữ cái thường, ví dụ "rad" (tiếng Ê Đê)',
  en: 'An ISO 639-3 code is exactly 3 lowercase letters, e.g. "rad" (Rade)',
}

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
  access: {
    read: () => true,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  fields: [
    {
      name: 'name',
      type: 'text',
      required: true,
      localized: true,
      label: { vi: 'Tên gọi chính thức', en: 'Official name' },
    },
    {
      name: 'slug',
      type: 'text',
      required: true,
      unique: true,
      index: true,
      label: { vi: 'Đường dẫn', en: 'Slug' },
      validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
        !value || SLUG.test(value) || localMessage(req, SLUG_MESSAGE),
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
        {
          name: 'iso6393',
          type: 'text',
          required: true,
          label: { vi: 'Mã ISO 639-3', en: 'ISO 639-3 code' },
          validate: (value: string | null | undefined, { req }: { req: PayloadRequest }) =>
            (typeof value === 'string' && ISO_639_3.test(value)) || localMessage(req, ISO_639_3_MESSAGE),
        },
      ],
    },
    { name: 'description', type: 'textarea', localized: true, label: { vi: 'Giới thiệu', en: 'Description' } },
  ],
}
