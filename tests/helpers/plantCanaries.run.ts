// `payload run` entry for browser/HTTP tests: plants the canaries in the server's database and prints them.
import { getPayload } from 'payload'

import config from '../../cms/src/payload.config'
import { plantCanaries } from './canary'

const payload = await getPayload({ config })
const canary = await plantCanaries(payload)
console.log(`CANARY ${JSON.stringify(canary)}`)
await payload.destroy()
process.exit(0)
