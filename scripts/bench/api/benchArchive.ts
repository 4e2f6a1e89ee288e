import { randomBytes } from 'node:crypto'
import path from 'node:path'

import { buildConfig, type Config, getPayload, type Payload } from 'payload'

import { archiveConfig } from '../../../cms/src/config/archiveConfig'
import { type ApiClient, apiInProcess } from '../../../tests/helpers/apiInProcess'
import { copyArchive } from '../archiveAtScale'
import { graphqlInProcess } from './graphqlInProcess'

export type BenchArchive = {
  name: string
  payload: Payload
  api: ApiClient
  graphql: ReturnType<typeof graphqlInProcess>
  stop: () => Promise<void>
}

/**
 * One Payload instance on a private copy of the scaled archive, answering REST and GraphQL in-process
 * (the same handlers the production server runs, without Next's HTTP layer): `shape` turns our config into
 * the baseline's.
 */
export async function benchArchive(
  name: string,
  source: string,
  dir: string,
  shape: (config: Config) => Config = (config) => config,
): Promise<BenchArchive> {
  copyArchive(source, dir)
  const env = {
    NODE_ENV: 'test',
    DATA_DIR: dir,
    DATABASE_URL: `file:${path.join(dir, 'archive.db')}`,
    PAYLOAD_SECRET: randomBytes(32).toString('hex'),
    MEDIA_WORKER: 'external',
    SITE_REBUILD: 'off',
  }
  const config = await buildConfig({ ...shape(archiveConfig(env)), logger: { options: { level: 'error' } } })
  // The key apiInProcess asks handleEndpoints for.
  const key = `test-${path.basename(dir)}`
  const payload = await getPayload({ config, key })
  return {
    name,
    payload,
    api: apiInProcess({ payload, dir, stop: async () => {} }),
    graphql: graphqlInProcess(config, key),
    stop: () => payload.destroy(),
  }
}
