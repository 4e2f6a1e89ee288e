import * as migration_20261123_124119_initial from './20261123_124119_initial'

export const migrations = [
  {
    up: migration_20261123_124119_initial.up,
    down: migration_20261123_124119_initial.down,
    name: '20261123_124119_initial',
  },
]
