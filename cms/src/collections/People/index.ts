import type { CollectionConfig } from 'payload'
import { readPublicOrSignedIn } from '../../access/readPublished'
import { isEditorOrAdmin } from '../../access/roles'
import { staffOnlyAccess } from '../../access/staffOnly'
import { accessLevelFields } from '../../fields/accessLevelFields'
import { optionsOf } from '../../fields/options'
import { slugFields } from '../../fields/slugFields'
import { translationFallbacksField } from '../../fields/translationFallbacksField'
import { assignSlug } from '../../hooks/assignSlug'
import { markTranslationFallbacks } from '../../hooks/markTranslationFallbacks'
import { publishPeopleAsAdmin } from './hooks/publishPeopleAsAdmin'

export const PERSON_ROLES = {
  artisan: { vi: 'Nghệ nhân', en: 'Artisan' },
  elder: { vi: 'Già làng, người có uy tín', en: 'Elder (người có uy tín)' },
  informant: { vi: 'Người cung cấp thông tin', en: 'Informant' },
  recorder: { vi: 'Người ghi hình, ghi âm', en: 'Recorder' },
  researcher: { vi: 'Nhà nghiên cứu', en: 'Researcher' },
} as const

/** Artisans, elders and experts: the expert database the provincial plans ask for. */
export const People: CollectionConfig = {
  slug: 'people',
  labels: { singular: { vi: 'Nhân vật', en: 'Person' }, plural: { vi: 'Nhân vật, nghệ nhân', en: 'People' } },
  admin: {
    useAsTitle: 'name',
    defaultColumns: ['name', 'roles', 'ethnicGroup', 'accessLevel'],
    group: { vi: 'Hồ sơ', en: 'Records' },
  },
  versions: { drafts: true, maxPerDoc: 50 },
  access: {
    read: readPublicOrSignedIn({ drafts: true }),
    // History is not public (DESIGN.md §5): staff only; researchers' grants are on items, not people.
    readVersions: staffOnlyAccess,
    create: isEditorOrAdmin,
    update: isEditorOrAdmin,
    delete: isEditorOrAdmin,
  },
  hooks: {
    beforeChange: [assignSlug('name'), publishPeopleAsAdmin],
    beforeRead: [markTranslationFallbacks],
  },
  fields: [
    { name: 'name', type: 'text', required: true, label: { vi: 'Họ và tên', en: 'Name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      label: { vi: 'Vai trò', en: 'Roles' },
      options: optionsOf(PERSON_ROLES),
    },
    {
      name: 'ethnicGroup',
      type: 'relationship',
      relationTo: 'ethnic-groups',
      label: { vi: 'Dân tộc', en: 'Ethnic group' },
    },
    { name: 'place', type: 'relationship', relationTo: 'places', label: { vi: 'Nơi sinh sống', en: 'Place' } },
    { name: 'biography', type: 'textarea', localized: true, label: { vi: 'Tiểu sử ngắn', en: 'Short biography' } },
    {
      name: 'expertise',
      type: 'relationship',
      relationTo: 'subjects',
      hasMany: true,
      label: { vi: 'Lĩnh vực am hiểu', en: 'Expertise' },
    },
    {
      name: 'expertiseNote',
      type: 'textarea',
      localized: true,
      label: { vi: 'Mô tả chuyên môn', en: 'Expertise in detail' },
    },
    {
      name: 'publicationConsent',
      type: 'group',
      label: { vi: 'Đồng ý công bố thông tin', en: 'Consent to be published' },
      fields: [
        {
          name: 'given',
          type: 'checkbox',
          defaultValue: false,
          label: { vi: 'Người này đồng ý công bố', en: 'This person agrees to be published' },
        },
        { name: 'date', type: 'date', label: { vi: 'Ngày đồng ý', en: 'Date' } },
        {
          name: 'note',
          type: 'textarea',
          label: { vi: 'Ghi chú (phạm vi, người làm chứng)', en: 'Note (scope, witness)' },
        },
      ],
    },
    ...accessLevelFields(),
    ...slugFields(),
    translationFallbacksField(),
  ],
}
