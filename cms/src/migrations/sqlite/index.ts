import * as migration_20261123_134135_initial from './20261123_134135_initial'
import * as migration_20261123_150714_media_processing from './20261123_150714_media_processing'
import * as migration_20261129_205158_autoincrement_ids from './20261129_205158_autoincrement_ids'
import * as migration_20261129_233721_list_indexes from './20261129_233721_list_indexes'

export const migrations = [
  {
    up: migration_20261123_134135_initial.up,
    down: migration_20261123_134135_initial.down,
    name: '20261123_134135_initial',
  },
  {
    up: migration_20261123_150714_media_processing.up,
    down: migration_20261123_150714_media_processing.down,
    name: '20261123_150714_media_processing',
  },
  {
    up: migration_20261129_205158_autoincrement_ids.up,
    down: migration_20261129_205158_autoincrement_ids.down,
    name: '20261129_205158_autoincrement_ids',
  },
  {
    up: migration_20261129_233721_list_indexes.up,
    down: migration_20261129_233721_list_indexes.down,
    name: '20261129_233721_list_indexes',
  },
]
