import { inject } from 'vitest'

import { buildSiteFixture, type SiteFixture } from './siteFixture'

/** The built demo site the e2e global setup (tests/e2e/sharedSite.ts) hands the files that share it. */
export type SharedSite = Omit<SiteFixture, 'payload'>
declare module 'vitest' {
  export interface ProvidedContext {
    sharedSite?: Omit<SharedSite, 'stop'>
  }
}

/** A file calls this to share the run's built site; the global setup finds the callers by this name. */
export const SHARED_SITE_MARK = 'sharedSiteFixture('

/**
 * The public site built from the demo archive with its canaries (`buildSiteFixture()`), shared by the files
 * that only read it (anything they build goes into folders of their own). The global setup builds it once when
 * two or more such files run; otherwise the file builds its own. `stop()` stops only a site of one's own.
 */
export async function sharedSiteFixture(): Promise<SharedSite> {
  const shared = inject('sharedSite')
  if (shared) return { ...shared, stop: async () => undefined }
  return buildSiteFixture()
}
