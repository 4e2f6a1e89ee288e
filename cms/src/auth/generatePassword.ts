import { randomBytes } from 'node:crypto'

/**
 * 24 URL-safe characters from 18 random bytes (144 bits): shown once, never stored in clear.
 *
 * The password policy (`passwordPolicy.ts`) wants a letter and a digit; about one draw in 60 has no digit,
 * and create-admin then failed with a validation error. Such draws are drawn again (`random` is for tests).
 */
export const generatePassword = (random: (size: number) => Buffer = randomBytes): string => {
  for (;;) {
    const password = random(18).toString('base64url')
    if (/\d/.test(password) && /[a-z]/i.test(password)) return password
  }
}
