import type { Env } from './Env'

/**
 * Session cookies are Secure when the archive is served over HTTPS (SERVER_URL https://…), or when
 * COOKIE_SECURE says so. Browsers drop Secure cookies on plain http, even on localhost, which would
 * make the local demo (`npm start`) impossible to log into.
 */
export const secureCookies = (env: Env): boolean =>
  env.COOKIE_SECURE ? env.COOKIE_SECURE === 'true' : (env.SERVER_URL ?? '').startsWith('https://')
