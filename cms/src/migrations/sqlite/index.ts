import * as migration_20261123_131338_initial from './20261123_131338_initial'

export const migrations = [
  {
    up: migration_20261123_131338_initial.up,
    down: migration_20261123_131338_initial.down,
    name: '20261123_131338_initial',
  },
]
