import { randomBytes } from 'node:crypto'

/** 24 URL-safe characters from 18 random bytes (144 bits): shown once, never stored in clear. */
export const generatePassword = (): string => randomBytes(18).toString('base64url')
