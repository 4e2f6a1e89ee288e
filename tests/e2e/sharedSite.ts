import type { TestProject } from 'vitest/node'

import { SHARED_SITE_MARK } from '../helpers/sharedSite'
import { buildSiteFixture } from '../helpers/siteFixture'
import { filesCalling } from './filesCalling'

/**
 * Vitest global setup for browser tests: the demo site (archive, canaries, processed media, snapshot, Astro +
 * Pagefind, served) built once for every file of this run that calls `sharedSiteFixture()`, when two or more
 * of them run (one alone builds its own). Torn down when the run ends.
 */
export default async function sharedSite(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const sharing = await filesCalling(project, SHARED_SITE_MARK)
  if (sharing.length < 2) return undefined
  const { payload: _inProcess, stop, ...site } = await buildSiteFixture()
  console.info(`[e2e] one built site (${site.url}) shared by ${sharing.length} files`)
  project.provide('sharedSite', site)
  return stop
}
