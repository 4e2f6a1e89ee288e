import { buildConfig } from 'payload'

import { archiveConfig } from './config/archiveConfig'

export default buildConfig(archiveConfig(process.env))
