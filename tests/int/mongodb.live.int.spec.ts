import { randomBytes } from 'node:crypto'

import { afterAll, beforeAll, describe, it } from 'vitest'

import { localizedRecordScenario } from '../helpers/localizedRecordScenario'
import { startTestArchive, type TestArchive } from '../helpers/testArchive'

// No MongoDB server can be installed on the machines this project is built on (DESIGN.md §3), so this
// suite runs only where one is given: MONGODB_TEST_URL=mongodb://host:27017 npm test
const serverUrl = process.env.MONGODB_TEST_URL
if (!serverUrl) {
  console.info('[live] MongoDB suite skipped: MONGODB_TEST_URL is not set (no MongoDB server on this machine).')
}

describe.skipIf(!serverUrl)('live MongoDB (MONGODB_TEST_URL)', () => {
  let archive: TestArchive
  beforeAll(async () => {
    // A database of its own per run, dropped afterwards.
    const url = new URL(serverUrl ?? '')
    url.pathname = `/disanso-test-${randomBytes(4).toString('hex')}`
    archive = await startTestArchive(url.toString())
  })
  afterAll(async () => {
    // The SQLite and MongoDB adapters both augment Payload's DatabaseAdapter type, so name the one member used.
    const db = archive?.payload.db as unknown as { connection?: { dropDatabase: () => Promise<unknown> } } | undefined
    await db?.connection?.dropDatabase()
    await archive?.stop()
  })

  it('stores and reads a localized record through the Local API', async () => {
    await localizedRecordScenario(archive.payload)
  })
})
