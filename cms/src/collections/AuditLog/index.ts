import type { CollectionConfig } from 'payload'

import { isAdmin } from '../../access/roles'
import { optionsOf } from '../../fields/options'

export const AUDIT_ACTIONS = {
  create: { vi: 'Tạo', en: 'Create' },
  update: { vi: 'Sửa', en: 'Update' },
  delete: { vi: 'Xóa', en: 'Delete' },
  publish: { vi: 'Xuất bản', en: 'Publish' },
  unpublish: { vi: 'Gỡ xuất bản', en: 'Unpublish' },
  access_change: { vi: 'Đổi mức truy cập', en: 'Access level change' },
  login: { vi: 'Đăng nhập', en: 'Login' },
  login_failed: { vi: 'Đăng nhập thất bại', en: 'Failed login' },
} as const
export type AuditAction = keyof typeof AUDIT_ACTIONS

const nobody = () => false

/**
 * Who did what, when. Written only by the archive's own hooks (Local API with access overridden);
 * readable by administrators; no API can create, change or delete an entry.
 */
export const AuditLog: CollectionConfig = {
  slug: 'audit-log',
  labels: { singular: { vi: 'Nhật ký', en: 'Audit entry' }, plural: { vi: 'Nhật ký hoạt động', en: 'Audit log' } },
  admin: {
    useAsTitle: 'summary',
    defaultColumns: ['at', 'action', 'summary', 'userEmail'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  access: { read: isAdmin, create: nobody, update: nobody, delete: nobody },
  defaultSort: '-at',
  fields: [
    {
      name: 'at',
      type: 'date',
      required: true,
      index: true,
      label: { vi: 'Lúc', en: 'At' },
      admin: { date: { pickerAppearance: 'dayAndTime', displayFormat: 'dd/MM/yyyy HH:mm:ss' } },
    },
    {
      name: 'action',
      type: 'select',
      required: true,
      index: true,
      label: { vi: 'Hành động', en: 'Action' },
      options: optionsOf(AUDIT_ACTIONS),
    },
    { name: 'targetCollection', type: 'text', index: true, label: { vi: 'Loại hồ sơ', en: 'Collection' } },
    { name: 'targetId', type: 'text', index: true, label: { vi: 'Mã hồ sơ', en: 'Record id' } },
    { name: 'summary', type: 'text', label: { vi: 'Tóm tắt', en: 'Summary' } },
    {
      name: 'user',
      type: 'relationship',
      relationTo: 'users',
      maxDepth: 0,
      label: { vi: 'Người thực hiện', en: 'User' },
    },
    { name: 'userEmail', type: 'text', index: true, label: { vi: 'Thư điện tử', en: 'Email' } },
    { name: 'changes', type: 'json', label: { vi: 'Thay đổi (trước → sau)', en: 'Changes (before → after)' } },
  ],
}
