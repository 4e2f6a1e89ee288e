import type { TestProject } from 'vitest/node'

import { startCmsServer } from '../helpers/cmsServer'
import { call } from '../helpers/http'
import { SEAT_PASSWORD } from '../helpers/seats'
import { SHARED_ADMIN, SHARED_MARK } from '../helpers/sharedCms'
import { filesCalling } from './filesCalling'

/**
 * Vitest global setup for browser tests: one production CMS with the demo records for every file of this run
 * that calls `sharedCmsServer()` — started only when two or more of them run (one alone starts its own).
 * It registers the first account (the admin) and is stopped when the run ends.
 */
export default async function sharedCms(project: TestProject): Promise<(() => Promise<void>) | undefined> {
  const sharing = await filesCalling(project, SHARED_MARK)
  if (sharing.length < 2) return undefined
  const server = await startCmsServer({}, { withDemo: true })
  const registered = await call(`${server.url}/api/users/first-register`, {
    method: 'POST',
    body: { email: SHARED_ADMIN, password: SEAT_PASSWORD, 'confirm-password': SEAT_PASSWORD, roles: ['admin'] },
  })
  if (registered.status !== 200) {
    await server.stop()
    throw new Error(`[e2e] the shared CMS refused its first account: ${registered.status} ${registered.text}`)
  }
  console.info(`[e2e] one CMS (${server.url}) shared by ${sharing.length} files`)
  project.provide('sharedCms', { url: server.url, dir: server.dir })
  return async () => {
    if (/\b(Error|TypeError|unhandled)\b/.test(server.output()))
      console.info(`[e2e] the shared CMS's log:\n${server.output().slice(-4000)}`)
    await server.stop()
  }
}
