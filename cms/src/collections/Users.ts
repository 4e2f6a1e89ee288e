import {
  type CollectionBeforeChangeHook,
  type CollectionBeforeValidateHook,
  type CollectionConfig,
  ValidationError,
} from 'payload'
import { isAdmin, isAdminField, isAdminOrSelf, ROLES } from '../access/roles'
import { auditLogin } from '../hooks/audit'
import { localMessage } from '../i18n/localMessage'
import { MESSAGES } from '../i18n/messages'

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

/** Minimum password policy: 12+ characters, letters and digits, not built from the email. */
const passwordPolicy: CollectionBeforeValidateHook = ({ data, req, collection }) => {
  const password = (data as { password?: string } | undefined)?.password
  if (typeof password !== 'string') return data
  const local =
    String((data as { email?: string }).email ?? '')
      .split('@')[0]
      ?.toLowerCase() ?? ''
  const weak =
    password.length < 12 ||
    !/\p{L}/u.test(password) ||
    !/\d/.test(password) ||
    (local.length >= 4 && password.toLowerCase().includes(local))
  if (!weak) return data
  throw new ValidationError(
    {
      collection: collection.slug,
      errors: [{ path: 'password', message: localMessage(req, MESSAGES.passwordPolicy) }],
    },
    req.t,
  )
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
    // Five wrong passwords lock the account for 15 minutes.
    maxLoginAttempts: 5,
    lockTime: 15 * 60 * 1000,
    tokenExpiration: 8 * 60 * 60,
    cookies: { secure: secureCookies, sameSite: 'Lax' },
  },
  access: {
    read: isAdminOrSelf,
    create: isAdmin,
    update: isAdminOrSelf,
    delete: isAdmin,
  },
  hooks: {
    beforeValidate: [passwordPolicy],
    beforeChange: [firstUserIsAdmin],
    afterLogin: [auditLogin],
  },
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
    {
      name: 'provinces',
      type: 'relationship',
      relationTo: 'places',
      hasMany: true,
      saveToJWT: true,
      label: { vi: 'Tỉnh phụ trách', en: 'Provinces' },
      filterOptions: { and: [{ type: { equals: 'province' } }, { validTo: { exists: false } }] },
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
