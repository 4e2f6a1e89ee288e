import config from '@payload-config'
import { getPayload } from 'payload'

import { CreateAdminError, createAdmin } from '../auth/createAdmin'

// `npm run create-admin -- EMAIL`: an administrator with a generated password, printed once.
const payload = await getPayload({ config })
try {
  const { email, password } = await createAdmin(payload, process.argv[2])
  console.log(`Tài khoản quản trị / Administrator: ${email}`)
  console.log(`Mật khẩu / Password (chỉ hiện một lần / shown once): ${password}`)
} catch (error) {
  if (!(error instanceof CreateAdminError)) throw error
  console.error(error.message)
  process.exitCode = 1
} finally {
  await payload.destroy()
}
process.exit()
