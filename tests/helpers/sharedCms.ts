import { inject } from 'vitest'

import { type CmsServer, startCmsServer } from './cmsServer'
import { login } from './http'
import { firstAdmin, SEAT_PASSWORD } from './seats'

/** What the e2e global setup (tests/e2e/sharedCms.ts) hands the files that share its server. */
export type SharedCmsInfo = { url: string; dir: string }
declare module 'vitest' {
  export interface ProvidedContext {
    sharedCms?: SharedCmsInfo
  }
}

/** The account the shared server's first registration made: the admin every sharing file signs in as. */
export const SHARED_ADMIN = 'admin@vi-du.vn'
/** A file calls this to share the run's server; the global setup finds the callers by this name. */
export const SHARED_MARK = 'sharedCmsServer('

export type SharedCmsServer = Omit<CmsServer, 'spawnScript' | 'canary'> & {
  /** The admin's session cookie (the first account, made once per server). */
  admin: () => Promise<string>
}

/**
 * The production CMS with the demo records, shared by the browser tests that only read or create records of
 * their own under names no other file uses (no restarts, settings, counts or first registration). When the
 * run has more than one such file the global setup starts it once; otherwise the file gets a server of its
 * own, the same as `startCmsServer({}, { withDemo: true })`. `stop()` stops only a server of one's own.
 */
export async function sharedCmsServer(): Promise<SharedCmsServer> {
  const shared = inject('sharedCms')
  if (shared)
    return {
      ...shared,
      output: () => `(the shared CMS at ${shared.url}: its log is printed by the e2e global setup)`,
      stop: async () => undefined,
      admin: async () => (await login(shared.url, SHARED_ADMIN, SEAT_PASSWORD)).cookie,
    }
  const own = await startCmsServer({}, { withDemo: true })
  let cookie: Promise<string> | undefined
  return { ...own, admin: () => (cookie ??= firstAdmin(own.url, SHARED_ADMIN)) }
}
