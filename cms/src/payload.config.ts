import { buildConfig } from 'payload'

import { archiveConfig } from './config/archiveConfig'
import { assertServerEnvironment } from './config/assertServerEnvironment'

// CLI commands (`payload migrate`, seed, create-admin) stop here with one line on a bad setting.
assertServerEnvironment(process.env)

export default buildConfig(archiveConfig(process.env))
