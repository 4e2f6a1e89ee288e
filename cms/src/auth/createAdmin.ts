import type { Payload } from 'payload'

import { generatePassword } from './generatePassword'

export class CreateAdminError extends Error {
  override readonly name = 'CreateAdminError'
}

const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Creates an administrator with a generated password and returns it; the caller shows it once. */
export async function createAdmin(
  payload: Payload,
  email: string | undefined,
): Promise<{ email: string; password: string }> {
  const address = email?.trim().toLowerCase()
  if (!address || !EMAIL.test(address)) {
    throw new CreateAdminError(
      'Cần một địa chỉ email hợp lệ / A valid email address is required: npm run create-admin -- ten@vi-du.vn',
    )
  }
  const existing = await payload.count({
    collection: 'users',
    where: { email: { equals: address } },
    overrideAccess: true,
  })
  if (existing.totalDocs > 0) {
    throw new CreateAdminError(`Đã có tài khoản ${address} / An account for ${address} already exists.`)
  }
  const password = generatePassword()
  await payload.create({
    collection: 'users',
    overrideAccess: true,
    data: { email: address, password, roles: ['admin'] },
  })
  return { email: address, password }
}
