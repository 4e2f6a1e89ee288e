import type { CollectionBeforeChangeHook, CollectionConfig } from 'payload'
import { isAdmin, isAdminField, isAdminOrSelf, ROLES } from '../../access/roles'
import { forgetThrottleOnUnlock } from '../../auth/forgetThrottleOnUnlock'
import { forgiveSuccessfulLogin } from '../../auth/forgiveSuccessfulLogin'
import { hashForUnknownAccount } from '../../auth/hashForUnknownAccount'
import { passwordPolicy } from '../../auth/passwordPolicy'
import { requireCurrentPassword } from '../../auth/requireCurrentPassword'
import { throttleAuthRequests } from '../../auth/throttleAuthRequests'
import { currentProvinceOptions } from '../../fields/currentProvinceOptions'
import { auditLogin } from '../../hooks/audit'

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

export const createUsers = ({ secureCookies }: { secureCookies: boolean }): CollectionConfig => ({
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
  auth: {
    // Payload's own lock (N wrong passwords lock the account) let anyone lock the admin out with five
    // requests. Logins are throttled per address and account instead (`auth/authThrottle.ts`); the lock is
    // kept switched on only so its fields and the admins' unlock action stay, and it never triggers.
    maxLoginAttempts: Number.MAX_SAFE_INTEGER,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
    unlock: isAdmin,
  },
  hooks: {
    beforeOperation: [throttleAuthRequests, hashForUnknownAccount],
    beforeValidate: [passwordPolicy, requireCurrentPassword],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [forgiveSuccessfulLogin, auditLogin],
    afterOperation: [forgetThrottleOnUnlock],
  },
  fields: [
    { name: 'name', type: 'text', label: { vi: 'Họ và tên', en: 'Full name' } },
    {
      // Asked on one's own account page only, checked by `requireCurrentPassword`, never stored or returned.
      name: 'currentPassword',
      type: 'text',
      virtual: true,
      label: {
        vi: 'Mật khẩu hiện tại (khi đổi mật khẩu hoặc thư điện tử)',
        en: 'Current password (to change it or the email)',
      },
      admin: {
        // One's own account (the account page has the email in its form, not always the id).
        condition: (data, _siblingData, { user }) =>
          Boolean(user && (data?.id === user.id || (data?.email && data.email === user.email))),
        components: {
          Field: '/auth/CurrentPasswordField#CurrentPasswordField',
        },
      },
    },
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
    {
      name: 'provinces',
      type: 'relationship',
      relationTo: 'places',
      hasMany: true,
      saveToJWT: true,
      label: { vi: 'Tỉnh phụ trách', en: 'Provinces' },
      // A current province, or one the account already has: an officer seated in a province that was given
      // a 2025 successor can still save their account (and the admin save it) until the seat is moved.
      filterOptions: currentProvinceOptions({ collection: 'users', field: 'provinces' }),
      access: { create: isAdminField, update: isAdminField },
      admin: {
        description: {
          vi: 'Biên tập viên, cộng tác viên và người thẩm định chỉ làm việc với hồ sơ của các tỉnh này',
          en: 'Editors, contributors and reviewers work only on the records of these provinces',
        },
      },
    },
  ],
})
