import * as migration_20261123_133819_initial from './20261123_133819_initial'

export const migrations = [
  {
    up: migration_20261123_133819_initial.up,
    down: migration_20261123_133819_initial.down,
    name: '20261123_133819_initial',
  },
]
