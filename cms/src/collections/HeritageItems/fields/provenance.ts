import type { Field } from 'payload'

import { staffOnly } from '../../../access/staffOnly'
import { DAY_ONLY, optionsOf } from '../../../fields/options'
import { LICENCES } from '../../../lib/heritageKinds'
import { mediaPicker } from '../../../media/mediaPicker'

export const CONSENT_STATES = {
  not_needed: { vi: 'Không cần (không có người cụ thể)', en: 'Not needed (no identifiable people)' },
  pending: { vi: 'Đang xin ý kiến', en: 'Pending' },
  given: { vi: 'Đã đồng ý', en: 'Consent given' },
  withdrawn: { vi: 'Đã rút lại', en: 'Withdrawn' },
} as const

/** Where the record comes from, under which rights, and the community's consent. */
export const provenanceFields = (): Field[] => [
  {
    name: 'source',
    type: 'group',
    label: { vi: 'Nguồn gốc tư liệu', en: 'Source and provenance' },
    fields: [
      {
        type: 'row',
        fields: [
          { name: 'recordedBy', type: 'text', label: { vi: 'Người/đơn vị ghi nhận', en: 'Recorded by' } },
          {
            name: 'recordedOn',
            type: 'date',
            label: { vi: 'Ngày ghi nhận', en: 'Recorded on' },
            admin: DAY_ONLY,
          },
        ],
      },
      {
        name: 'recordedAt',
        type: 'relationship',
        relationTo: 'places',
        label: { vi: 'Nơi ghi nhận', en: 'Recorded at' },
      },
      {
        name: 'collection',
        type: 'text',
        localized: true,
        // The fonds is internal: the site and search leave it out, and so does the public API. Researchers'
        // collection grants still match on it, inside the access rule's query.
        access: { read: staffOnly },
        label: { vi: 'Thuộc bộ sưu tập, đề tài', en: 'Collection or project' },
      },
    ],
  },
  {
    name: 'rights',
    type: 'group',
    label: { vi: 'Quyền', en: 'Rights' },
    fields: [
      {
        name: 'licence',
        type: 'select',
        required: true,
        defaultValue: 'all-rights-reserved',
        label: { vi: 'Giấy phép', en: 'Licence' },
        options: Object.entries(LICENCES).map(([value, { label }]) => ({ value, label })),
      },
      { name: 'holder', type: 'text', label: { vi: 'Chủ sở hữu quyền', en: 'Rights holder' } },
    ],
  },
  {
    name: 'consent',
    type: 'group',
    // Who consented and the signed paper are personal data: staff only. The public sees the licence.
    access: { read: staffOnly },
    label: { vi: 'Sự đồng ý của cộng đồng, người tham gia', en: 'Consent of the community and participants' },
    fields: [
      {
        name: 'status',
        type: 'select',
        required: true,
        defaultValue: 'pending',
        label: { vi: 'Tình trạng', en: 'Status' },
        options: optionsOf(CONSENT_STATES),
      },
      {
        type: 'row',
        fields: [
          { name: 'givenBy', type: 'text', label: { vi: 'Người/đại diện đồng ý', en: 'Given by' } },
          {
            name: 'date',
            type: 'date',
            label: { vi: 'Ngày', en: 'Date' },
            admin: DAY_ONLY,
          },
        ],
      },
      { name: 'scope', type: 'textarea', localized: true, label: { vi: 'Phạm vi đồng ý', en: 'Scope of consent' } },
      {
        name: 'document',
        type: 'upload',
        relationTo: 'media',
        label: { vi: 'Văn bản đồng ý', en: 'Consent document' },
        admin: mediaPicker,
      },
    ],
  },
]
