import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'

import { isAdmin, isAdminField, isAdminOrSelf, ROLES } from '../access/roles'

const ROLE_LABELS: Record<(typeof ROLES)[number], { vi: string; en: string }> = {
  admin: { vi: 'Quản trị hệ thống', en: 'Administrator' },
  editor: { vi: 'Biên tập viên', en: 'Editor' },
  contributor: { vi: 'Cộng tác viên', en: 'Contributor' },
  reviewer: { vi: 'Người thẩm định', en: 'Reviewer' },
  researcher: { vi: 'Nhà nghiên cứu', en: 'Researcher' },
}

/** The first account ever created (Payload's first-user screen) becomes the administrator. */
const firstUserIsAdmin: CollectionBeforeChangeHook = async ({ data, operation, req }) => {
  if (operation !== 'create') return data
  const { totalDocs } = await req.payload.count({ collection: 'users', overrideAccess: true, req })
  return totalDocs === 0 ? { ...data, roles: ['admin'] } : data
}

export const Users: CollectionConfig = {
  slug: 'users',
  labels: {
    singular: { vi: 'Người dùng', en: 'User' },
    plural: { vi: 'Người dùng', en: 'Users' },
  },
  admin: {
    useAsTitle: 'email',
    defaultColumns: ['email', 'name', 'roles'],
    group: { vi: 'Hệ thống', en: 'System' },
  },
  auth: true,
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: { beforeChange: [firstUserIsAdmin] },
  fields: [
    { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      name: 'roles',
      type: 'select',
      hasMany: true,
      required: true,
      defaultValue: ['contributor'],
      saveToJWT: true,
      label: { vi: 'Vai trò', en: 'Roles' },
      options: ROLES.map((value) => ({ value, label: ROLE_LABELS[value] })),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          vi: 'Tài khoản đầu tiên luôn là Quản trị hệ thống; sau đó chỉ quản trị viên đổi được vai trò.',
          en: 'The first account is always an Administrator; after that only administrators change roles.',
        },
      },
    },
  ],
}
