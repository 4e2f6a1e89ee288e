import { randomBytes } from 'node:crypto'

import { describe, it } from 'vitest'

import { archiveSuite } from './archiveSuite/archiveSuite'

// No MongoDB server can be installed on the machines this project is built on (DESIGN.md §3), so the
// same integration suite runs against MongoDB only where one is given:
//   MONGODB_TEST_URL=mongodb://host:27017 npm test
const serverUrl = process.env.MONGODB_TEST_URL

if (serverUrl) {
  // A database of its own for each archive the suite starts, dropped when it stops.
  archiveSuite('MongoDB (live)', () => {
    const url = new URL(serverUrl)
    url.pathname = `/disanso-test-${randomBytes(4).toString('hex')}`
    return url.toString()
  })
} else {
  console.info('[live] MongoDB suite skipped: MONGODB_TEST_URL is not set (no MongoDB server on this machine).')
  describe.skipIf(true)('MongoDB (live)', () => {
    it('needs MONGODB_TEST_URL', () => undefined)
  })
}
