import type { Field } from 'payload'

import { staffOnly } from '../../access/staffOnly'
import { optionsOf } from '../../fields/options'
import { PROCESSING_STATUSES } from '../messages'

/**
 * What the media pipeline found and made: processing state (shown live in the admin), checksum, technical
 * metadata and the derivative files. Read-only in the admin.
 */
export const processingFields: Field[] = [
  {
    name: 'processing',
    type: 'group',
    label: { vi: 'Xử lý tệp', en: 'File processing' },
    admin: {
      position: 'sidebar',
      components: {
        Field: '/media/components/ProcessingField#ProcessingField',
        Cell: '/media/components/ProcessingCell#ProcessingCell',
      },
    },
    fields: [
      {
        name: 'status',
        type: 'select',
        index: true,
        options: optionsOf(PROCESSING_STATUSES),
        label: { vi: 'Trạng thái', en: 'Status' },
      },
      { name: 'step', type: 'text', label: { vi: 'Bước', en: 'Step' } },
      { name: 'percent', type: 'number', min: 0, max: 100, label: { vi: 'Tiến độ (%)', en: 'Progress (%)' } },
      { name: 'errorCode', type: 'text', label: { vi: 'Mã lỗi', en: 'Error code' } },
      {
        name: 'errorDetail',
        type: 'textarea',
        label: { vi: 'Chi tiết lỗi (kỹ thuật)', en: 'Error detail (technical)' },
        access: { read: staffOnly },
      },
      { name: 'heartbeatAt', type: 'date', label: { vi: 'Lần báo gần nhất', en: 'Last heartbeat' } },
      { name: 'finishedAt', type: 'date', label: { vi: 'Xong lúc', en: 'Finished at' } },
    ],
  },
  {
    name: 'sha256',
    type: 'text',
    label: { vi: 'Mã kiểm tra SHA-256 (bản gốc)', en: 'SHA-256 checksum (original)' },
    // Shown in the processing panel, which follows it live.
    admin: { readOnly: true, hidden: true },
  },
  {
    name: 'technical',
    type: 'json',
    label: { vi: 'Thông số kỹ thuật', en: 'Technical metadata' },
    // Our read-only list, not Payload's JSON editor (Monaco from a CDN: empty offline).
    admin: { readOnly: true, components: { Field: '/admin/components/TechnicalFacts#TechnicalFacts' } },
  },
  {
    name: 'derivatives',
    type: 'json',
    label: { vi: 'Tệp phái sinh', en: 'Derivative files' },
    admin: {
      readOnly: true,
      hidden: true,
      description: {
        vi: 'Đường dẫn tương đối; tải qua /api/media/{id}/derivatives/{đường dẫn}, cùng quyền như tệp gốc',
        en: 'Relative paths; served at /api/media/{id}/derivatives/{path} with the same access as the original',
      },
    },
  },
]
