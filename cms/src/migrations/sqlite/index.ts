import * as migration_20261123_134135_initial from './20261123_134135_initial'

export const migrations = [
  {
    up: migration_20261123_134135_initial.up,
    down: migration_20261123_134135_initial.down,
    name: '20261123_134135_initial',
  },
]
